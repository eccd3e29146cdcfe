<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>fb::BackupCommand</name>
    <message>
        <location filename="../app/BackupCommand.cpp" line="+49"/>
        <location line="+29"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No backup was made.</source>
        <translation>Aucune sauvegarde n’a été faite.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is backed up in %2 (%3).</source>
        <translation>%1 est sauvegardé dans %2 (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: there is no backup file here. Nothing was changed.</source>
        <translation>%1 : il n’y a pas de fichier de sauvegarde ici. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is restored from %2. The book as it was is kept in %3.</source>
        <translation>%1 est restauré depuis %2. Le carnet tel qu’il était est gardé dans %3.</translation>
    </message>
</context>
<context>
    <name>fb::BackupFlow</name>
    <message>
        <location filename="../ui/book/BackupFlow.cpp" line="+54"/>
        <source>Backing up %1…</source>
        <translation>Sauvegarde de %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back Up Now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up in %1 (%2).</source>
        <translation>Sauvegardé dans %1 (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy Book To File</source>
        <translation>Copier le carnet vers un fichier</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Copying %1 to %2…</source>
        <translation>Copie de %1 vers %2…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book is copied to %1.</source>
        <translation>Le carnet est copié vers %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking and restoring the backup…</source>
        <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the backup of %1. The book as it was is in %2.</source>
        <translation>La sauvegarde du %1 est restaurée. Le carnet tel qu’il était est dans %2.</translation>
    </message>
</context>
<context>
    <name>fb::BookCopier</name>
    <message numerus="yes">
        <location filename="../core/tasks/BookCopier.cpp" line="+266"/>
        <source>%1: %n record(s) saved</source>
        <comment>form name</comment>
        <translation>
            <numerusform>%1&#xa0;: %n fiche enregistrée</numerusform>
            <numerusform>%1&#xa0;: %n fiches enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n fiche n&apos;a pas pu être lue</numerusform>
            <numerusform>%n fiches n&apos;ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at least %n record(s) could not be read</source>
        <translation>
            <numerusform>au moins %n fiche n&apos;a pas pu être lue</numerusform>
            <numerusform>au moins %n fiches n&apos;ont pas pu être lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::BookMenu</name>
    <message>
        <location filename="../ui/book/BookMenu.cpp" line="+57"/>
        <source>New Book</source>
        <translation>Nouveau carnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>book.fieldbook</source>
        <extracomment>File name offered for a new book; keep the .fieldbook ending.</extracomment>
        <translation>carnet.fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Carnets Fieldbook (*.fieldbook);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+15"/>
        <source>Open Book</source>
        <translation>Ouvrir un carnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book %1 is no longer there.</source>
        <translation>Le carnet %1 est introuvable.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;%1 %2</source>
        <comment>number, file name</comment>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>fb::BookSalvage</name>
    <message>
        <location filename="../app/BookSalvage.cpp" line="+44"/>
        <source>%1: there is no book file here; nothing was saved.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de fichier de carnet à cet emplacement&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: the file exists; what is saved from a book goes into a new file, never over another. Nothing was saved.</source>
        <translation>%1&#xa0;: le fichier existe déjà&#xa0;; ce qui est récupéré d&apos;un carnet est enregistré dans un nouveau fichier, jamais à la place d&apos;un autre. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>%1: %2 Nothing was saved.</source>
        <translation>%1&#xa0;: %2 Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What could be read of %1 is saved in %2:</source>
        <translation>Ce qui a pu être lu de %1 est enregistré dans %2&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: some records could not be read and are not in %2.</source>
        <translation>%1&#xa0;: certaines fiches n&apos;ont pas pu être lues et ne figurent pas dans %2.</translation>
    </message>
</context>
<context>
    <name>fb::CheckCommand</name>
    <message>
        <location filename="../app/CheckCommand.cpp" line="+37"/>
        <source>It was not checked.</source>
        <translation>Il n’a pas été vérifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repaired. The book as it was is kept in %1.</source>
        <translation>Réparé. Le carnet tel qu’il était est conservé dans %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run “fieldbook check --repair” to repair what a repair mends; a backup is made first.</source>
        <translation>Lancez « fieldbook check --repair » pour réparer ce qu’une réparation corrige ; une sauvegarde est faite d’abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A repair mends none of these problems; nothing was changed.</source>
        <translation>Une réparation ne corrige aucun de ces problèmes ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>fb::CheckDialog</name>
    <message>
        <location filename="../ui/book/CheckDialog.cpp" line="+101"/>
        <source>Repair Book</source>
        <translation>Réparer le carnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild the book&apos;s indexes?</source>
        <translation>Reconstruire les index du carnet ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No record or value is changed: the indexes are made again from the records. The book as it is now is backed up first.</source>
        <translation>Aucune fiche ni valeur n’est modifiée : les index sont refaits à partir des fiches. Le carnet tel qu’il est maintenant est d’abord sauvegardé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repair</source>
        <translation>&amp;Réparer</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check of %1, %2</source>
        <translation>Vérification de %1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n’a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check Book</source>
        <translation>Vérifier le carnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repaired. The book as it was is in %1.</source>
        <translation>Réparé. Le carnet tel qu’il était est dans %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book cannot be repaired from here: it is read-only or on a server.</source>
        <translation>Ce carnet ne peut pas être réparé d’ici : il est en lecture seule ou sur un serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repair…</source>
        <translation>&amp;Réparer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>fb::CheckFlow</name>
    <message>
        <location filename="../ui/book/CheckFlow.cpp" line="+41"/>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check Book</source>
        <translation>Vérifier le carnet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved in %1.</source>
        <translation>Le rapport est enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Repair Book</source>
        <translation>Réparer le carnet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 check %2.txt</source>
        <translation>%1 vérification %2.txt</translation>
    </message>
</context>
<context>
    <name>fb::CheckReport</name>
    <message>
        <location filename="../core/model/CheckReport.cpp" line="+43"/>
        <source>The book</source>
        <translation>Le carnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, “%2” (in the trash)</source>
        <translation>%1, « %2 » (dans la corbeille)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, “%2”</source>
        <translation>%1, « %2 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, the record made %2 (in the trash)</source>
        <translation>%1, la fiche créée le %2 (dans la corbeille)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the record made %2</source>
        <translation>%1, la fiche créée le %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, a record</source>
        <translation>%1, une fiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 checked</source>
        <translation>%1 et %2 vérifiés</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln form(s)</source>
        <translation>
            <numerusform>%Ln formulaire</numerusform>
            <numerusform>%Ln formulaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book is sound: %1.</source>
        <translation>Le carnet est sain : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln problem(s) found (%1); a repair can mend them.</source>
        <translation>
            <numerusform>%Ln problème trouvé (%1) ; une réparation peut le corriger.</numerusform>
            <numerusform>%Ln problèmes trouvés (%1) ; une réparation peut les corriger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln problem(s) found (%1); a repair can mend %2 of them.</source>
        <translation>
            <numerusform>%Ln problème trouvé (%1) ; une réparation peut en corriger %2.</numerusform>
            <numerusform>%Ln problèmes trouvés (%1) ; une réparation peut en corriger %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln problem(s) found (%1).</source>
        <translation>
            <numerusform>%Ln problème trouvé (%1).</numerusform>
            <numerusform>%Ln problèmes trouvés (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… et %Ln autre problème.</numerusform>
            <numerusform>… et %Ln autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking every page of the book…</source>
        <translation>Vérification de chaque page du carnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the links between records…</source>
        <translation>Vérification des liens entre les fiches…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the forms&apos; tables…</source>
        <translation>Vérification des tables des formulaires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the book and rebuilding its indexes…</source>
        <translation>Sauvegarde du carnet et reconstruction de ses index…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checking the values: %1 of %Ln record(s)…</source>
        <translation>
            <numerusform>Vérification des valeurs : %1 sur %Ln fiche…</numerusform>
            <numerusform>Vérification des valeurs : %1 sur %Ln fiches…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+103"/>
        <location line="+114"/>
        <location line="+84"/>
        <location line="+56"/>
        <location line="+75"/>
        <source>Use language &lt;code&gt; (de, fr, es, ar, en).</source>
        <translation>Utiliser la langue &lt;code&gt; (de, fr, es, ar, en).</translation>
    </message>
    <message>
        <location line="-329"/>
        <location line="+114"/>
        <location line="+84"/>
        <location line="+56"/>
        <location line="+76"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Unknown format “%1”; choose csv, xlsx or json.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;; choisissez csv, xlsx ou json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workbook is written to a file: --out FILE.xlsx.</source>
        <translation>Un classeur s’écrit dans un fichier&#xa0;: --out FICHIER.xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A preset is for CSV; JSON and XLSX have none.</source>
        <translation>Un préréglage vaut pour le CSV&#xa0;; le JSON et le XLSX n’en ont pas.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Replace a book&apos;s records and forms with those of a backup. The book as it is goes into a backup first.</source>
        <translation>Remplacer les fiches et les formulaires d’un carnet par ceux d’une sauvegarde. Le carnet tel qu’il est est d’abord sauvegardé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a backup of a book: a copy as it was last saved, made while it may be open in a window.</source>
        <translation>Sauvegarder un carnet : une copie telle qu’il a été enregistré en dernier, faite même s’il est ouvert dans une fenêtre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The backup to bring back; it is only read.</source>
        <translation>La sauvegarde à restaurer ; elle est seulement lue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book (a file).</source>
        <translation>Le carnet (un fichier).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[dest]</source>
        <translation>[destination]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the copy goes: a new file, or a folder (default: the book&apos;s backup folder, as set in Preferences).</source>
        <translation>Où va la copie : un nouveau fichier ou un dossier (par défaut : le dossier de sauvegardes du carnet, comme réglé dans les Préférences).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name one backup and one book: restore BACKUP BOOK.</source>
        <translation>Indiquez une sauvegarde et un carnet : restore SAUVEGARDE CARNET.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one book, and where its copy goes if not into its backup folder.</source>
        <translation>Indiquez un carnet, et où va sa copie si ce n’est pas dans son dossier de sauvegardes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A book on a server is backed up with the server&apos;s own tools (pg_dump); this command takes a book file.</source>
        <translation>Un carnet sur un serveur se sauvegarde avec les outils du serveur (pg_dump) ; cette commande prend un fichier de carnet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check a book: its pages and links (book files), whether every form&apos;s table matches the form, and whether every value meets its field&apos;s rules. The report goes to the standard output.

Exit status: 0 the book is sound, 1 it could not be checked, 2 the command line is wrong, 3 problems were found (and remain).</source>
        <translation>Vérifier un carnet : ses pages et ses liens (fichiers carnets), si la table de chaque formulaire correspond au formulaire, et si chaque valeur respecte les règles de son champ. Le rapport va sur la sortie standard.

Code de sortie : 0 le carnet est sain, 1 il n’a pas pu être vérifié, 2 la ligne de commande est erronée, 3 des problèmes ont été trouvés (et restent).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Bring the form in &lt;file&gt; into the book and quit.</source>
        <translation>Importer dans le carnet le formulaire contenu dans &lt;fichier&gt;, puis quitter.</translation>
    </message>
    <message>
        <location line="-384"/>
        <location line="+48"/>
        <location line="+79"/>
        <location line="+41"/>
        <location line="+218"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Save what can be read of a damaged book into a new book.</source>
        <translation>Enregistrer dans un nouveau carnet ce qui peut être lu d&apos;un carnet endommagé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new book to make (a file that does not exist yet).</source>
        <translation>Le nouveau carnet à créer (un fichier qui n&apos;existe pas encore).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <location line="+115"/>
        <location line="+84"/>
        <location line="+59"/>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+49"/>
        <location line="+116"/>
        <location line="+85"/>
        <location line="+57"/>
        <location line="+77"/>
        <source>book</source>
        <translation>carnet</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>The damaged book; it is only read.</source>
        <translation>Le carnet endommagé&#xa0;; il est seulement lu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say where the new book goes: --out FILE.</source>
        <translation>Indiquez où enregistrer le nouveau carnet&#xa0;: --out FICHIER.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name one book to salvage.</source>
        <translation>Indiquez un seul carnet à récupérer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the records of one form as CSV, XLSX or JSON, to a file or the standard output.</source>
        <translation>Écrire les fiches d’un formulaire en CSV, XLSX ou JSON, dans un fichier ou sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>csv (the default), xlsx (an Excel workbook; needs --out) or json (with the form&apos;s definition).</source>
        <translation>csv (par défaut), xlsx (un classeur Excel&#xa0;; demande --out) ou json (avec la définition du formulaire).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The form whose records to write.</source>
        <translation>Le formulaire dont les fiches sont écrites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <location line="+19"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For CSV: excel (for a spreadsheet in the interface language: a byte order mark, &quot;;&quot; and decimal commas where the language uses them) or rfc4180 (the default: &quot;,&quot;, CRLF).</source>
        <translation>Pour le CSV&#xa0;: excel (pour un tableur dans la langue de l’interface&#xa0;: une marque d’ordre des octets, «&#xa0;;&#xa0;» et la virgule décimale là où la langue l’emploie) ou rfc4180 (par défaut&#xa0;: «&#xa0;,&#xa0;», CRLF).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preset</source>
        <translation>préréglage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (default: the standard output).</source>
        <translation>Le fichier à écrire (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+116"/>
        <location line="+142"/>
        <source>The book: a file, or a server book as postgresql://user@host:port/database.</source>
        <translation>Le carnet&#xa0;: un fichier, ou un carnet sur serveur sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+122"/>
        <source>Say which form: --form NAME.</source>
        <translation>Indiquez le formulaire&#xa0;: --form NOM.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Unknown preset “%1”; choose excel or rfc4180.</source>
        <translation>Préréglage «&#xa0;%1&#xa0;» inconnu&#xa0;; choisissez excel ou rfc4180.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out names a .%1 file, but --format %2 writes .%2 files.</source>
        <translation>--out désigne un fichier .%1, mais --format %2 écrit des fichiers .%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which file --out writes (or - for the standard output).</source>
        <translation>Indiquez le fichier qu’écrit --out (ou - pour la sortie standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one book to export from.</source>
        <translation>Nommez un carnet d’où exporter.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read the rows of a CSV file into a form, in one transaction: all rows or none (unless --good-rows). What is not given is guessed from the file.</source>
        <translation>Lire les lignes d’un fichier CSV dans un formulaire, en une seule transaction : toutes les lignes ou aucune (sauf avec --good-rows). Ce qui n’est pas indiqué est deviné d’après le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form the rows go into.</source>
        <translation>Le formulaire qui reçoit les lignes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every row as an import would, and change nothing.</source>
        <translation>Vérifier chaque ligne comme le ferait une importation, sans rien changer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows that cannot go in to this CSV file, with a column saying why.</source>
        <translation>Écrire les lignes qui ne peuvent pas entrer dans ce fichier CSV, avec une colonne qui dit pourquoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the rows that can go in and leave out the others (default: all or none).</source>
        <translation>Importer les lignes qui peuvent entrer et laisser les autres (par défaut : toutes ou aucune).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row with a value a record already has in a unique field: stop (the default: the row is a problem), skip (leave the row out) or update (the record takes the row&apos;s values).</source>
        <translation>Une ligne avec une valeur qu’une fiche a déjà dans un champ unique : stop (par défaut : la ligne pose problème), skip (laisser la ligne) ou update (la fiche prend les valeurs de la ligne).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy</source>
        <translation>règle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s encoding, e.g. UTF-8, UTF-16LE or windows-1252 (default: guessed).</source>
        <translation>L’encodage du fichier, par exemple UTF-8, UTF-16LE ou windows-1252 (par défaut : deviné).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field separator: &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot; (default: guessed).</source>
        <translation>Le séparateur de champs : « , », « ; », tab ou « | » (par défaut : deviné).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>character</source>
        <translation>caractère</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The character fields are quoted with: &apos;&quot;&apos; (the default), &quot;&apos;&quot; or none.</source>
        <translation>Le caractère qui entoure les champs&#xa0;: &apos;&quot;&apos; (par défaut), &quot;&apos;&quot; ou none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first row is data: the columns fill the form&apos;s fields in order.</source>
        <translation>La première ligne est une donnée : les colonnes remplissent les champs du formulaire dans l’ordre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out this many lines at the start of the file.</source>
        <translation>Ignorer ce nombre de lignes au début du fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are written with a decimal comma.</source>
        <translation>Les nombres sont écrits avec une virgule décimale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are written with a decimal point.</source>
        <translation>Les nombres sont écrits avec un point décimal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order of dates that are not ISO (2026-01-31): dmy, mdy or ymd (default: the language&apos;s).</source>
        <translation>L’ordre des dates qui ne sont pas ISO (2026-01-31) : dmy, mdy ou ymd (par défaut : celui de la langue).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file to read.</source>
        <translation>Le fichier CSV à lire.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown policy “%1”; choose stop, skip or update.</source>
        <translation>Règle « %1 » inconnue ; choisissez stop, skip ou update.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown date order “%1”; choose dmy, mdy or ymd.</source>
        <translation>Ordre de date « %1 » inconnu ; choisissez dmy, mdy ou ymd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown separator “%1”; choose &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>Séparateur « %1 » inconnu ; choisissez « , », « ; », tab ou « | ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown quote “%1”; choose &apos;&quot;&apos;, &quot;&apos;&quot; or none.</source>
        <translation>Guillemet «&#xa0;%1&#xa0;» inconnu&#xa0;; choisissez &apos;&quot;&apos;, &quot;&apos;&quot; ou none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--skip takes a number of lines.</source>
        <translation>--skip attend un nombre de lignes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose --decimal-comma or --decimal-point, not both.</source>
        <translation>Choisissez --decimal-comma ou --decimal-point, pas les deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say which file --rejects writes.</source>
        <translation>Indiquez le fichier qu’écrit --rejects.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the file to import and the book it goes into.</source>
        <translation>Nommez le fichier à importer et le carnet qui le reçoit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--rejects names the file being imported; name another file.</source>
        <translation>--rejects désigne le fichier importé&#xa0;; nommez un autre fichier.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Repair what can be repaired safely (the indexes), after a backup of the book, then check again.</source>
        <translation>Réparer ce qui peut l’être sans risque (les index), après une sauvegarde du carnet, puis vérifier à nouveau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name one book to check.</source>
        <translation>Indiquez un carnet à vérifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A book on a server is repaired by its server&apos;s administrator; check it without --repair.</source>
        <translation>Un carnet sur un serveur est réparé par l’administrateur du serveur ; vérifiez-le sans --repair.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Fill forms into a database.

Commands that run without a window (fieldbook COMMAND --help says more):
  backup   make a backup of a book
  check    look for damage and for values that break their rules
  export   write a form&apos;s records as CSV, XLSX or JSON
  import   read the rows of a CSV file into a form
  restore  bring a book back to a backup
  salvage  save what can be read of a damaged book into a new one</source>
        <translation>Remplir des formulaires dans une base de données.

Commandes qui s’exécutent sans fenêtre (fieldbook COMMANDE --help en dit plus) :
  backup   sauvegarder un carnet
  check    chercher des dommages et des valeurs qui enfreignent leurs règles
  export   écrire les fiches d’un formulaire en CSV, XLSX ou JSON
  import   lire les lignes d’un fichier CSV dans un formulaire
  restore  ramener un carnet à une sauvegarde
  salvage  enregistrer ce qui peut être lu d’un carnet endommagé dans un nouveau</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The book to open (default: %1).</source>
        <translation>Le carnet à ouvrir (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a command; name one book, or a command (backup, check, export, import, restore, salvage).</source>
        <translation>« %1 » n’est pas une commande ; indiquez un carnet, ou une commande (backup, check, export, import, restore, salvage).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is neither a command nor a book file (a new book&apos;s name ends in .fieldbook).</source>
        <translation>« %1 » n’est ni une commande ni un fichier de carnet (le nom d’un nouveau carnet finit par .fieldbook).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+39"/>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;; choisissez parmi&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>fb::ConflictDialog</name>
    <message>
        <location filename="../ui/records/ConflictDialog.cpp" line="+92"/>
        <source>Someone Else Changed This Record</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record was changed and saved elsewhere while you were editing it. For each field that differs, choose which value to save.</source>
        <translation>Cette fiche a été changée et enregistrée ailleurs pendant que vous la modifiiez. Pour chaque champ qui diffère, choisissez la valeur à enregistrer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Mine&lt;/b&gt;</source>
        <comment>the values typed in this window</comment>
        <translation>&lt;b&gt;Vos valeurs&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <comment>the values saved elsewhere</comment>
        <translation>&lt;b&gt;Leurs valeurs&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep All &amp;Mine</source>
        <translation>Garder toutes &amp;vos valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take All &amp;Theirs</source>
        <translation>Prendre toutes &amp;leurs valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Merged Record</source>
        <translation>&amp;Enregistrer la fiche fusionnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep mine: %1</source>
        <translation>Garder votre valeur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs: %1</source>
        <translation>Prendre leur valeur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fb::CsvRecordFeed</name>
    <message>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="+24"/>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>fb::DbError</name>
    <message>
        <location filename="../core/storage/BookConnection.cpp" line="+269"/>
        <source>Cannot create a book at “%1”.</source>
        <translation>Impossible de créer un carnet à l&apos;emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot open the book “%1”.</source>
        <translation>Impossible d&apos;ouvrir le carnet «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cannot connect to the server: %1</source>
        <translation>Impossible de se connecter au serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+79"/>
        <source>“%1” is damaged or is not a database. It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé ou n&apos;est pas une base de données. Aucune modification n&apos;y a été apportée.</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>“%1” is an empty file, not a Fieldbook book. It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier vide, pas un carnet Fieldbook. Aucune modification n&apos;y a été apportée.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Cannot create a book at “%1”: “%2” is a file, not a folder.</source>
        <translation>Impossible de créer un carnet à «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create a book at “%1”: you may not write in the folder “%2”.</source>
        <translation>Impossible de créer un carnet à «&#xa0;%1&#xa0;»&#xa0;: vous n’avez pas le droit d’écrire dans le dossier «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fieldbook may not open “%1”: the file or its folder does not give you permission. It was left untouched.</source>
        <translation>Fieldbook n&apos;a pas le droit d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: le fichier ou son dossier ne vous en donne pas l&apos;autorisation. Aucune modification n&apos;y a été apportée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The disk that holds “%1” is full, so the book cannot be opened. Free some space and open it again.</source>
        <translation>Le disque qui contient «&#xa0;%1&#xa0;» est plein&#xa0;: impossible d&apos;ouvrir le carnet. Libérez de l&apos;espace et ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be read from the disk (an input/output error). It was left untouched.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» sur le disque (erreur d&apos;entrée/sortie). Aucune modification n&apos;y a été apportée.</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+24"/>
        <source>“%1” is a database but not a Fieldbook book. It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données, mais pas un carnet Fieldbook. Aucune modification n&apos;y a été apportée.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>“%1” is empty and read-only, so it cannot become a book.</source>
        <translation>«&#xa0;%1&#xa0;» est vide et en lecture seule&#xa0;: impossible d&apos;en faire un carnet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” was made by a newer Fieldbook (book format %2; this one reads up to %3). It was left untouched.</source>
        <translation>«&#xa0;%1&#xa0;» provient d&apos;une version plus récente de Fieldbook (format de carnet %2&#xa0;; cette version lit jusqu&apos;au format %3). Aucune modification n&apos;y a été apportée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” needs an upgrade but is read-only.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une mise à niveau, mais est en lecture seule.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The book “%1” cannot use write-ahead logging here.</source>
        <translation>Le carnet «&#xa0;%1&#xa0;» ne peut pas utiliser la journalisation anticipée (WAL) à cet emplacement.</translation>
    </message>
    <message>
        <location filename="../core/link/Database.cpp" line="+15"/>
        <source>The book is closing.</source>
        <translation>Le carnet est en cours de fermeture.</translation>
    </message>
    <message>
        <location filename="../core/link/DbWorker.cpp" line="+53"/>
        <source>The book is not open.</source>
        <translation>Le carnet n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected stopped this request; nothing of it was saved. The log has the details.</source>
        <translation>Un problème inattendu a interrompu cette requête&#xa0;; rien n&apos;en a été enregistré. Le journal contient les détails.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form %1 does not exist.</source>
        <translation>Le formulaire %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>The server is away; the change is kept and will be saved when the book is opened again.</source>
        <translation>Le serveur est injoignable&#xa0;; la modification est conservée et sera enregistrée à la prochaine ouverture du carnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server is away; this change was not made.</source>
        <translation>Le serveur est absent ; cette modification n’a pas été faite.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>The book file is damaged, so it was opened read-only; nothing was saved.</source>
        <translation>Le fichier du carnet est endommagé&#xa0;: il a été ouvert en lecture seule&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book is read-only; nothing was saved.</source>
        <translation>Le carnet est en lecture seule&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The change would leave references pointing nowhere; nothing was changed.</source>
        <translation>La modification laisserait des références sans cible&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>A read was sent as a write.</source>
        <translation>Une lecture a été envoyée comme une écriture.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A book on a server is backed up with the server&apos;s own tools (pg_dump); see the handbook.</source>
        <translation>Un carnet sur un serveur se sauvegarde avec les outils du serveur (pg_dump) ; voir le manuel.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The book is read-only; nothing was restored.</source>
        <translation>Le carnet est en lecture seule ; rien n’a été restauré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The book could not be backed up first, so it was not restored: %1</source>
        <translation>Le carnet n’a pas pu être sauvegardé d’abord ; il n’a donc pas été restauré : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A book on a server is repaired by its server&apos;s administrator (REINDEX); nothing was changed.</source>
        <translation>Un carnet sur un serveur est réparé par l’administrateur du serveur (REINDEX) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The book is read-only; nothing was repaired.</source>
        <translation>Le carnet est en lecture seule ; rien n’a été réparé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The book could not be backed up first, so it was not repaired: %1</source>
        <translation>Le carnet n’a pas pu être sauvegardé d’abord, il n’a donc pas été réparé : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another program is writing to the book, so it was not repaired. Try again once it has finished.</source>
        <translation>Un autre programme écrit dans le carnet, il n’a donc pas été réparé. Réessayez quand il aura fini.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A write was sent as a read.</source>
        <translation>Une écriture a été envoyée comme une lecture.</translation>
    </message>
    <message>
        <location filename="../core/formats/FormJson.cpp" line="+130"/>
        <source>A field in the form file has no label.</source>
        <translation>Un champ du fichier de formulaire n&apos;a pas de libellé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field %1 has an unknown type “%2”.</source>
        <translation>Le champ %1 est d&apos;un type inconnu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The maximum length of %1 must be a whole number from 0 to %2.</source>
        <translation>La longueur maximale du champ «&#xa0;%1&#xa0;» doit être un nombre entier de 0 à %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decimal places of %1 must be a whole number from 0 to %2.</source>
        <translation>Le nombre de décimales du champ «&#xa0;%1&#xa0;» doit être un nombre entier de 0 à %2.</translation>
    </message>
    <message>
        <location filename="../core/model/FormRules.cpp" line="+98"/>
        <source>Field %1 has a rule that does not fit its type.</source>
        <translation>Le champ %1 a une règle incompatible avec son type.</translation>
    </message>
    <message>
        <location filename="../core/formats/FormJson.cpp" line="+34"/>
        <source>Field %1 refers to the form “%2”, which this book does not have.</source>
        <translation>Le champ %1 fait référence au formulaire «&#xa0;%2&#xa0;», absent de ce carnet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The form file is damaged: %1 (at byte %2).</source>
        <translation>Le fichier de formulaire est endommagé&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The file is larger than %1 MB, more than any form file; it is not a form.</source>
        <translation>Le fichier dépasse %1 Mo, plus que tout fichier de formulaire&#xa0;; ce n’est pas un formulaire.</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+9"/>
        <source>This is not a Fieldbook form file.</source>
        <translation>Ce n&apos;est pas un fichier de formulaire Fieldbook.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>In field %1, “%2” must be true or false.</source>
        <translation>Dans le champ %1, «&#xa0;%2&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In field %1, “%2” must be a text.</source>
        <translation>Dans le champ %1, «&#xa0;%2&#xa0;» doit être un texte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field %1 cannot have “%2”: that rule is for fields of another type.</source>
        <translation>Le champ %1 ne peut pas avoir «&#xa0;%2&#xa0;»&#xa0;: cette règle est pour les champs d’un autre type.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The default of %1 is not a value a field of its type can hold.</source>
        <translation>La valeur par défaut de %1 n’est pas une valeur qu’un champ de ce type peut contenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum of %1 is not a value a field of its type can hold.</source>
        <translation>Le minimum de %1 n’est pas une valeur qu’un champ de ce type peut contenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maximum of %1 is not a value a field of its type can hold.</source>
        <translation>Le maximum de %1 n’est pas une valeur qu’un champ de ce type peut contenir.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The form file has format version %1; this Fieldbook reads up to %2.</source>
        <translation>Le fichier de formulaire est au format version %1&#xa0;; cette version de Fieldbook lit jusqu&apos;à la version %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The form in the file has no name.</source>
        <translation>Le formulaire contenu dans le fichier n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form in the file has %1 fields; a form has at most %2.</source>
        <translation>Le formulaire contenu dans le fichier a %1 champs&#xa0;; un formulaire en a au plus %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The form in the file has no fields.</source>
        <translation>Le formulaire contenu dans le fichier n&apos;a aucun champ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/FormSchemaChange.cpp" line="+122"/>
        <source>%1 cannot change this way: %n record(s) have values that do not fit.</source>
        <translation>
            <numerusform>Le champ «&#xa0;%1&#xa0;» ne peut pas être modifié ainsi&#xa0;: %n fiche a des valeurs incompatibles.</numerusform>
            <numerusform>Le champ «&#xa0;%1&#xa0;» ne peut pas être modifié ainsi&#xa0;: %n fiches ont des valeurs incompatibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 cannot change this way: %n record(s) have values that do not fit (%2).</source>
        <translation>
            <numerusform>Le champ «&#xa0;%1&#xa0;» ne peut pas être modifié ainsi&#xa0;: %n fiche a des valeurs incompatibles (%2).</numerusform>
            <numerusform>Le champ «&#xa0;%1&#xa0;» ne peut pas être modifié ainsi&#xa0;: %n fiches ont des valeurs incompatibles (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 cannot be deleted: the form %2 refers to it.</source>
        <translation>Impossible de supprimer %1&#xa0;: le formulaire %2 y fait référence.</translation>
    </message>
    <message>
        <location filename="../core/model/FormRules.cpp" line="-63"/>
        <location line="+101"/>
        <source>%1 has texts in more than %2 languages.</source>
        <translation>«&#xa0;%1&#xa0;» contient des textes dans plus de %2 langues.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 has a text in the language “%2” that cannot be used (a language code such as “de”, and at most %3 characters).</source>
        <translation>«&#xa0;%1&#xa0;» contient un texte dans la langue «&#xa0;%2&#xa0;» qui ne peut pas être utilisé (il faut un code de langue tel que «&#xa0;de&#xa0;», et au plus %3 caractères).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 needs between 1 and %2 choices.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit avoir entre 1 et %2 choix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a choice that is empty, longer than %2 characters or holds a character that cannot be stored.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» a un choix vide, de plus de %2 caractères ou contenant un caractère qui ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 offers the choice “%2” twice.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» propose deux fois le choix «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The maximum length of %1 must be 0 to %2.</source>
        <translation>La longueur maximale du champ «&#xa0;%1&#xa0;» doit être comprise entre 0 et %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decimal places of %1 must be 0 to %2.</source>
        <translation>Le nombre de décimales du champ «&#xa0;%1&#xa0;» doit être compris entre 0 et %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pattern of %1 is not a valid regular expression of at most %2 characters.</source>
        <translation>Le motif du champ «&#xa0;%1&#xa0;» n&apos;est pas une expression régulière valide d&apos;au plus %2 caractères.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The minimum of %1 is above its maximum.</source>
        <translation>Le minimum du champ «&#xa0;%1&#xa0;» est supérieur à son maximum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The default of %1 breaks its own rules.</source>
        <translation>La valeur par défaut du champ «&#xa0;%1&#xa0;» enfreint ses propres règles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every field needs a label of at most %1 characters (“%2” cannot be used).</source>
        <translation>Chaque champ doit avoir un libellé d&apos;au plus %1 caractères («&#xa0;%2&#xa0;» ne peut pas être utilisé).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The help text of %1 must be at most %2 characters.</source>
        <translation>L&apos;aide du champ «&#xa0;%1&#xa0;» ne doit pas dépasser %2 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/storage/FormStore.cpp" line="+197"/>
        <source>%1 refers to a form that does not exist.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» fait référence à un formulaire qui n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A form needs a name of at most %1 characters.</source>
        <translation>Un formulaire doit avoir un nom d&apos;au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The form&apos;s language must be a code such as “en”.</source>
        <translation>La langue du formulaire doit être un code tel que «&#xa0;en&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A form has between 1 and %1 fields.</source>
        <translation>Un formulaire a entre 1 et %1 champs.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The book already has a form named “%1”; give this one another name.</source>
        <translation>Le carnet a déjà un formulaire nommé «&#xa0;%1&#xa0;»&#xa0;; donnez un autre nom à celui-ci.</translation>
    </message>
    <message>
        <location filename="../core/link/OfflineJournal.cpp" line="+57"/>
        <source>Unsaved changes could not be kept in “%1”.</source>
        <translation>Les modifications non enregistrées n&apos;ont pas pu être conservées dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="+15"/>
        <source>This record no longer exists: someone deleted it meanwhile.</source>
        <translation>Cette fiche n&apos;existe plus&#xa0;: quelqu&apos;un l&apos;a supprimée entre-temps.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 refers to a record that does not exist (any more).</source>
        <translation>Le champ «&#xa0;%1&#xa0;» fait référence à une fiche qui n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Someone else changed this record (now version %1; yours was based on %2).</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche (version actuelle&#xa0;: %1&#xa0;; la vôtre reposait sur la version %2).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="+53"/>
        <source>%1 must be unique: another record already has this value.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être unique&#xa0;: une autre fiche possède déjà cette valeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record repeats a value that must be unique.</source>
        <translation>Cette fiche reprend une valeur qui doit être unique.</translation>
    </message>
    <message>
        <location filename="../core/model/Validator.cpp" line="+242"/>
        <location filename="../core/storage/SqlErrors.cpp" line="+4"/>
        <source>%1 is required.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="+5"/>
        <source>A referenced record does not exist or is still referred to.</source>
        <translation>Une fiche référencée n&apos;existe pas, ou une fiche est encore référencée ailleurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 breaks a rule of this form.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» enfreint une règle de ce formulaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record breaks a rule of this form.</source>
        <translation>La fiche enfreint une règle de ce formulaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This took too long, so it was stopped.</source>
        <translation>Cela a pris trop de temps et a été interrompu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+53"/>
        <source>The book is busy; trying again.</source>
        <translation>Le carnet est occupé&#xa0;; nouvelle tentative.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The book is read-only.</source>
        <translation>Le carnet est en lecture seule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full; nothing was saved. Free some space and save again.</source>
        <translation>Le disque est plein&#xa0;; rien n&apos;a été enregistré. Libérez de l&apos;espace et enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book file is damaged: some of its records cannot be read.</source>
        <translation>Le fichier du carnet est endommagé&#xa0;: certaines de ses fiches ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book file is damaged or is not a book.</source>
        <translation>Le fichier du carnet est endommagé ou n&apos;est pas un carnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book file could not be read or written.</source>
        <translation>Impossible de lire ou d&apos;écrire le fichier du carnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>A value is too large for the book.</source>
        <translation>Une valeur est trop grande pour le carnet.</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+38"/>
        <location filename="../core/storage/StatementClock.cpp" line="+44"/>
        <source>The database reported an error.</source>
        <translation>La base de données a signalé une erreur.</translation>
    </message>
    <message>
        <location filename="../core/storage/PostgresCopy.cpp" line="+62"/>
        <source>The server refused a row of the import: %1</source>
        <translation>Le serveur a refusé une ligne de l’importation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server gave no ids for the import.</source>
        <translation>Le serveur n’a pas donné d’identifiants pour l’importation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s connection is not at hand.</source>
        <translation>La connexion au serveur n’est pas disponible.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../core/storage/SqlErrors.cpp" line="-30"/>
        <location line="+45"/>
        <location filename="../core/storage/SqlRun.cpp" line="+12"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="-36"/>
        <source>You may read this book but not change it.</source>
        <translation>Vous pouvez consulter ce carnet, mais pas le modifier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A value is out of the range the book can store.</source>
        <translation>Une valeur est hors de la plage que le carnet peut enregistrer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server&apos;s disk is full; nothing was saved.</source>
        <translation>Le disque du serveur est plein&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../core/model/Validator.cpp" line="-200"/>
        <source>%1 must be a single line.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be at most %2 characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne doit pas dépasser %2 caractères.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 contains a character that cannot be stored.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient un caractère qui ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+93"/>
        <location line="+9"/>
        <source>%1 must be at least %2.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit valoir au moins %2.</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+94"/>
        <location line="+9"/>
        <source>%1 must be at most %2.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit valoir au plus %2.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 must be a whole number.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a number with at most %2 decimal places.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre comportant au plus %2 décimales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must have at most %2 digits before the point.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit avoir au plus %2 chiffres avant la virgule.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1 does not have the expected form.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;a pas le format attendu.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie des choix proposés.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 must be a valid date.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit contenir une date valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a valid time.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit contenir une heure valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a valid date and time.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit contenir une date et une heure valides.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be yes or no.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit valoir oui ou non.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must refer to a record.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit faire référence à une fiche.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The form has no field “%1”.</source>
        <translation>Le formulaire n&apos;a pas de champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/tasks/BookCopier.cpp" line="-192"/>
        <source>%1 already exists. What is saved from a damaged book goes into a new file, never over another.</source>
        <translation>%1 existe déjà. Ce qui est récupéré d&apos;un carnet endommagé est enregistré dans un nouveau fichier, jamais à la place d&apos;un autre.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The book %1 cannot be changed.</source>
        <translation>Le carnet %1 ne peut pas être modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book %1 already has forms. A book is copied only into an empty book, so that nothing there is mixed or overwritten.</source>
        <translation>Le carnet %1 contient déjà des formulaires. Un carnet ne peut être copié que dans un carnet vide, afin que rien n&apos;y soit mélangé ni écrasé.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>The salvage was stopped; the new book was removed.</source>
        <translation>La récupération a été interrompue&#xa0;; le nouveau carnet a été supprimé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+148"/>
        <source>The book being copied closed.</source>
        <translation>Le carnet en cours de copie a été fermé.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>The copy was stopped; the target book has only part of the records.</source>
        <translation>La copie a été interrompue&#xa0;; le carnet de destination ne contient qu&apos;une partie des fiches.</translation>
    </message>
    <message>
        <location filename="../core/model/FormTexts.cpp" line="+57"/>
        <source>The choice names of %1 in the language “%2” do not match its choices (names: %3, choices: %4). Give one name for each choice, in the same order.</source>
        <translation>Les noms des choix du champ «&#xa0;%1&#xa0;» dans la langue «&#xa0;%2&#xa0;» ne correspondent pas à ses choix (noms&#xa0;: %3, choix&#xa0;: %4). Indiquez un nom pour chaque choix, dans le même ordre.</translation>
    </message>
    <message>
        <location filename="../core/storage/FormStore.cpp" line="-77"/>
        <source>The form “%1” in this book cannot be used: %2</source>
        <translation>Le formulaire «&#xa0;%1&#xa0;» de ce carnet ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/records/SaveRecordCommand.cpp" line="+90"/>
        <source>Not undone: someone else changed %1 since; their values stay.</source>
        <translation>Annulation impossible&#xa0;: quelqu&apos;un d&apos;autre a modifié %1 entre-temps&#xa0;; ses valeurs sont conservées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not redone: someone else changed %1 since; their values stay.</source>
        <translation>Rétablissement impossible&#xa0;: quelqu&apos;un d&apos;autre a modifié %1 entre-temps&#xa0;; ses valeurs sont conservées.</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordController.cpp" line="+322"/>
        <source>someone else changed %1 in this record since; their value stays</source>
        <translation>quelqu’un d’autre a modifié %1 dans cette fiche entre-temps&#xa0;; sa valeur est conservée</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/StatementClock.cpp" line="+20"/>
        <source>This took longer than %n second(s), so it was stopped; nothing was changed.</source>
        <translation>
            <numerusform>Cela a pris plus de %n seconde et a été interrompu&#xa0;; rien n’a été modifié.</numerusform>
            <numerusform>Cela a pris plus de %n secondes et a été interrompu&#xa0;; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/tasks/RecordExportTask.cpp" line="+31"/>
        <source>The book closed before the export ended.</source>
        <translation>Le carnet a été fermé avant la fin de l’export.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a folder; give the name of a file.</source>
        <translation>%1 est un dossier&#xa0;; donnez le nom d’un fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no folder %1 to write %2 in.</source>
        <translation>Il n’y a pas de dossier %1 où écrire %2.</translation>
    </message>
    <message>
        <location filename="../core/formats/XlsxExport.cpp" line="+69"/>
        <source>The workbook cannot be written (%1).</source>
        <translation>Impossible d’écrire le classeur (%1).</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Record %1 holds more text in %2 than a spreadsheet cell can (%3 characters); export it as CSV or JSON.</source>
        <translation>La fiche %1 contient dans %2 plus de texte qu’une cellule de tableur ne peut en tenir (%3 caractères)&#xa0;; exportez-la en CSV ou en JSON.</translation>
    </message>
    <message>
        <location filename="../core/formats/RecordExport.cpp" line="+17"/>
        <source>%1 cannot be written (%2).</source>
        <translation>Impossible d’écrire %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/tasks/RecordExportTask.cpp" line="+37"/>
        <source>The export cannot be written (%1).</source>
        <translation>Impossible d’écrire l’export (%1).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The export was stopped.</source>
        <translation>L’export a été arrêté.</translation>
    </message>
    <message>
        <location filename="../core/formats/ImportSource.cpp" line="+112"/>
        <source>A quote opened on line %1 is never closed; nothing after it can be read.</source>
        <translation>Un guillemet ouvert à la ligne %1 n’est jamais fermé ; rien après lui ne peut être lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field starting on line %1 is longer than 1,048,576 characters; a quote may be missing before it.</source>
        <translation>Le champ qui commence à la ligne %1 dépasse 1 048 576 caractères ; il manque peut-être un guillemet avant lui.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is not a CSV file: it holds bytes no text has (NUL).</source>
        <translation>Ce n’est pas un fichier CSV : il contient des octets qu’aucun texte n’a (NUL).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fieldbook does not know the encoding “%1”.</source>
        <translation>Fieldbook ne connaît pas l’encodage « %1 ».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is not in the encoding %1: bytes near byte %2 are not text in it. Choose the encoding the file was saved in.</source>
        <translation>Le fichier n’est pas dans l’encodage %1 : des octets près de l’octet %2 n’y sont pas du texte. Choisissez l’encodage dans lequel le fichier a été enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file holds a NUL character near byte %1: it is not a CSV file, or not in the encoding %2.</source>
        <translation>Le fichier contient un caractère NUL près de l’octet %1 : ce n’est pas un fichier CSV, ou il n’est pas dans l’encodage %2.</translation>
    </message>
    <message>
        <location filename="../core/formats/ValueReading.cpp" line="+151"/>
        <source>Not a whole number.</source>
        <translation>Ce n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A whole number too large to keep.</source>
        <translation>Un nombre entier trop grand pour être gardé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a number.</source>
        <translation>Ce n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More decimal places than the field keeps (%1).</source>
        <translation>Plus de décimales que n’en garde le champ (%1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not a date; dates are read as 2026-01-31 or 01/31/2026.</source>
        <translation>Ce n’est pas une date ; les dates sont lues comme 2026-01-31 ou 01/31/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date; dates are read as 2026-01-31 or 31.01.2026.</source>
        <translation>Ce n’est pas une date ; les dates sont lues comme 2026-01-31 ou 31.01.2026.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not a time; times are read as 14:30.</source>
        <translation>Ce n’est pas une heure ; les heures sont lues comme 14:30.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not a date and time; they are read as 2026-01-31 14:30 (local time).</source>
        <translation>Ce n’est pas une date et heure ; elles sont lues comme 2026-01-31 14:30 (heure locale).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yes or no.</source>
        <translation>Ni oui ni non.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not one of the choices: %1.</source>
        <translation>Ce n’est aucun des choix : %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not one of the choices: %2.</source>
        <translation>« %1 » n’est aucun des choix : %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordImporter.cpp" line="+75"/>
        <source>The form it refers to has no records.</source>
        <translation>Le formulaire auquel il renvoie n’a pas de fiches.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Several records are called so; the row cannot say which one it means.</source>
        <translation>Plusieurs fiches portent ce nom ; la ligne ne peut pas dire laquelle elle désigne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record called so is in the trash.</source>
        <translation>La fiche de ce nom est dans la corbeille.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No record is called so.</source>
        <translation>Aucune fiche ne porte ce nom.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>A record in the trash has this value; restore it or empty the trash first.</source>
        <translation>Une fiche de la corbeille a cette valeur ; restaurez-la ou videz d’abord la corbeille.</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>The import was stopped; nothing was imported.</source>
        <translation>L’importation a été arrêtée ; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../core/tasks/CsvImport.cpp" line="+19"/>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="-29"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="+59"/>
        <source>The row has more fields than the file has columns (%1).</source>
        <translation>La ligne a plus de champs que le fichier n’a de colonnes (%1).</translation>
    </message>
    <message>
        <location filename="../core/storage/BookBackup.cpp" line="+60"/>
        <source>The backup was cancelled; nothing was changed.</source>
        <translation>La sauvegarde a été annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk that holds “%1” is full; the copy was not made. The book is unchanged.</source>
        <translation>Le disque qui contient « %1 » est plein ; la copie n’a pas été faite. Le carnet est inchangé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be written (permission, or no such folder); the copy was not made.</source>
        <translation>« %1 » ne peut pas être écrit (permission, ou dossier inexistant) ; la copie n’a pas été faite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another program kept “%1” locked for 30 seconds; nothing was copied. Try again when it is done.</source>
        <translation>Un autre programme a gardé « %1 » verrouillé pendant 30 secondes ; rien n’a été copié. Réessayez quand il aura fini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy to “%1” failed; the book is unchanged.</source>
        <translation>La copie vers « %1 » a échoué ; le carnet est inchangé.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Only a book in a file is backed up this way.</source>
        <translation>Seul un carnet dans un fichier se sauvegarde ainsi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is the book itself; a copy goes into another file.</source>
        <translation>« %1 » est le carnet lui-même ; une copie va dans un autre fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” exists already; a copy never goes over another file.</source>
        <translation>« %1 » existe déjà ; une copie ne remplace jamais un autre fichier.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The backup folder “%1” cannot be made; no backup was made.</source>
        <translation>Le dossier de sauvegardes « %1 » ne peut pas être créé ; aucune sauvegarde n’a été faite.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” cannot be read as a book; nothing was changed.</source>
        <translation>« %1 » ne peut pas être lu comme un carnet ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup “%1” is damaged; nothing was changed.</source>
        <translation>La sauvegarde « %1 » est endommagée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” cannot be restored: %2 Nothing was changed.</source>
        <translation>« %1 » ne peut pas être restauré : %2 Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a book in a file is restored this way.</source>
        <translation>Seul un carnet dans un fichier se restaure ainsi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no backup at “%1”; nothing was changed.</source>
        <translation>Il n’y a pas de sauvegarde à « %1 » ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is the book itself; nothing was changed.</source>
        <translation>« %1 » est le carnet lui-même ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/storage/BookCheck.cpp" line="+34"/>
        <source>The check was cancelled before its end.</source>
        <translation>La vérification a été annulée avant la fin.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A part of the book file is damaged (%1). Save what can be read into a new book: Save What Can Be Read… on the window&apos;s banner, or fieldbook salvage.</source>
        <translation>Une partie du fichier du carnet est endommagée (%1). Enregistrez ce qui peut être lu dans un nouveau carnet : « Enregistrer ce qui peut être lu… » dans le bandeau de la fenêtre, ou fieldbook salvage.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>An index does not match the records it sorts, so lists and searches may miss some; a repair rebuilds it.</source>
        <translation>Un index ne correspond pas aux fiches qu’il trie : des listes et des recherches peuvent en omettre ; une réparation le reconstruit.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The book&apos;s own record of its forms and fields does not hold together (another program changed it).</source>
        <translation>Le registre que le carnet tient de ses formulaires et champs n’est plus cohérent (un autre programme l’a modifié).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It refers to a record of “%1” that is not there.</source>
        <translation>Il renvoie à une fiche de « %1 » qui n’existe pas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The form&apos;s table “%1” is missing: its records cannot be read.</source>
        <translation>La table « %1 » du formulaire manque : ses fiches ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The form&apos;s table lacks the column “%1” that every form&apos;s table has.</source>
        <translation>Il manque à la table du formulaire la colonne « %1 » que toute table de formulaire possède.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form&apos;s table has no column for this field (“%1”): its values cannot be read.</source>
        <translation>La table du formulaire n’a pas de colonne pour ce champ (« %1 ») : ses valeurs ne peuvent pas être lues.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form&apos;s table has a column “%1” that no field of the form uses (another program added it).</source>
        <translation>La table du formulaire a une colonne « %1 » qu’aucun champ du formulaire n’utilise (un autre programme l’a ajoutée).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An index is missing, so lists sorted this way are slow; a repair makes it again.</source>
        <translation>Un index manque : les listes triées ainsi sont lentes ; une réparation le refait.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An index is not made as the form says (another program changed it); a repair makes it again.</source>
        <translation>Un index n’est pas fait comme le dit le formulaire (un autre programme l’a modifié) ; une réparation le refait.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The stored value “%1” is not a value of this field&apos;s type.</source>
        <translation>La valeur enregistrée « %1 » n’est pas une valeur du type de ce champ.</translation>
    </message>
</context>
<context>
    <name>fb::DesignFieldsModel</name>
    <message>
        <location filename="../ui/designer/DesignFieldsModel.cpp" line="+91"/>
        <source>%1 — %2</source>
        <comment>field label — type</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>fb::DisplayText</name>
    <message>
        <location filename="../ui/editors/DisplayText.cpp" line="+47"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record %1</source>
        <translation>Fiche %1</translation>
    </message>
</context>
<context>
    <name>fb::EmptyBookPanel</name>
    <message>
        <location filename="../ui/window/EmptyBookPanel.cpp" line="+74"/>
        <source>No book is open</source>
        <translation>Aucun carnet n&apos;est ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A book holds your forms and their records. Open a book, or create a new one to start; File → Recent Books lists the books used lately.</source>
        <translation>Un carnet contient vos formulaires et leurs fiches. Ouvrez un carnet, ou créez-en un nouveau pour commencer&#xa0;; Fichier → Carnets récents liste les derniers carnets utilisés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book has no forms yet</source>
        <translation>Ce carnet n&apos;a encore aucun formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A form says which fields each record has. Create one to start entering records, or open another book that has some.</source>
        <translation>Un formulaire indique les champs de chaque fiche. Créez-en un pour commencer à saisir des fiches, ou ouvrez un autre carnet qui en contient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Form…</source>
        <translation>&amp;Nouveau formulaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Book…</source>
        <translation>Nou&amp;veau carnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Book…</source>
        <translation>Ouvrir un ca&amp;rnet…</translation>
    </message>
</context>
<context>
    <name>fb::ExistingBook</name>
    <message>
        <location filename="../app/ExistingBook.cpp" line="+48"/>
        <source>No backup could be made before the change: %1</source>
        <translation>Aucune sauvegarde n’a pu être faite avant la modification : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: there is no book file here.</source>
        <translation>%1 : il n’y a pas de fichier de carnet ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no forms.</source>
        <translation>%1 n’a pas de formulaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no form “%2”; it has: %3.</source>
        <translation>%1 n’a pas de formulaire « %2 » ; il a : %3.</translation>
    </message>
</context>
<context>
    <name>fb::ExportCommand</name>
    <message>
        <location filename="../app/ExportCommand.cpp" line="+64"/>
        <source>%1: %2 Nothing was written.</source>
        <translation>%1&#xa0;: %2 Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The standard output cannot be written: %1</source>
        <translation>Impossible d’écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln fiche écrite dans %1.</numerusform>
            <numerusform>%Ln fiches écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ExportDialog</name>
    <message>
        <location filename="../ui/exchange/ExportDialog.cpp" line="+108"/>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV for a spreadsheet (Excel, %1)</source>
        <extracomment>%1 is the interface language&apos;s name, e.g. &quot;English&quot;.</extracomment>
        <translation>CSV pour un tableur (Excel, %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX), typed cells</source>
        <translation>Classeur Excel (XLSX), cellules typées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for other programs (RFC 4180)</source>
        <translation>CSV pour d’autres programmes (RFC 4180)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, with the form’s definition</source>
        <translation>JSON, avec la définition du formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>Fiches&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %Ln record(s) the table &amp;shows, in its order</source>
        <translation>
            <numerusform>%Ln fiche que le tableau &amp;montre</numerusform>
            <numerusform>Les %Ln fiches que le tableau &amp;montre, dans son ordre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All records of the form, without the search and filter</source>
        <translation>&amp;Toutes les fiches du formulaire, sans la recherche ni le filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a folder. Give the name of a file to write, in that folder or another.</source>
        <translation>%1 est un dossier. Donnez le nom d’un fichier à écrire, dans ce dossier ou un autre.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file’s name ends in .%1, but the format chosen writes .%2 files; another program would take it for the wrong kind.</source>
        <translation>Le nom du fichier se termine par .%1, mais le format choisi écrit des fichiers .%2&#xa0;; un autre programme le prendrait pour un fichier d’un autre type.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name It .%1</source>
        <translation>&amp;Le nommer .%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 exists. Replace it with the export?</source>
        <translation>%1 existe déjà. Le remplacer par l’export&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
</context>
<context>
    <name>fb::ExportFlow</name>
    <message>
        <location filename="../ui/exchange/ExportFlow.cpp" line="+125"/>
        <source>Exporting %1 to %2…</source>
        <translation>Export de %1 vers %2…</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>%Ln record(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln fiche exportée vers %1.</numerusform>
            <numerusform>%Ln fiches exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was stopped; %1 is as it was.</source>
        <translation>L’export a été arrêté&#xa0;; %1 est tel qu’il était.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was exported. %1</source>
        <translation>Rien n’a été exporté. %1</translation>
    </message>
</context>
<context>
    <name>fb::FieldPropertiesEditor</name>
    <message>
        <location filename="../ui/designer/FieldPropertiesEditor.cpp" line="+109"/>
        <source>Text</source>
        <comment>field type</comment>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long text</source>
        <translation>Texte long</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal number</source>
        <translation>Nombre décimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <comment>field type</comment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <comment>field type</comment>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several choices</source>
        <translation>Choix multiples</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record of another form</source>
        <translation>Fiche d&apos;un autre formulaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;quired:</source>
        <translation>Obliga&amp;toire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum len&amp;gth:</source>
        <translation>Lon&amp;gueur maximale&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pa&amp;ttern:</source>
        <translation>Moti&amp;f&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique:</source>
        <translation>Unique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum:</source>
        <translation>Minim&amp;um&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decimal &amp;places:</source>
        <translation>&amp;Décimales&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help:</source>
        <translation>&amp;Aide&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ch&amp;oices:</source>
        <translation>Ch&amp;oix&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lin&amp;ks to:</source>
        <translation>Fait référence &amp;à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default:</source>
        <translation>&amp;Valeur par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A value must be given</source>
        <translation>Une valeur doit être saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two records may have the same value</source>
        <translation>Deux fiches ne peuvent pas avoir la même valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A regular expression</source>
        <translation>Une expression régulière</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A regular expression the whole text must match</source>
        <translation>Expression régulière à laquelle le texte entier doit correspondre</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>One choice per line</source>
        <translation>Un choix par ligne</translation>
    </message>
</context>
<context>
    <name>fb::FileDialogs</name>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="+20"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>fb::FilterBar</name>
    <message>
        <location filename="../ui/records/FilterBar.cpp" line="+41"/>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;tre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match all</source>
        <comment>filter conditions</comment>
        <translation>Toutes les conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match any</source>
        <comment>filter conditions</comment>
        <translation>Au moins une condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records that meet</source>
        <translation>Fiches qui remplissent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records that meet all of the conditions, or any one of them</source>
        <translation>Fiches qui remplissent toutes les conditions, ou au moins l&apos;une d&apos;entre elles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add Co&amp;ndition</source>
        <translation>+ A&amp;jouter une condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another condition</source>
        <translation>Ajouter une autre condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all records again</source>
        <translation>Afficher de nouveau toutes les fiches</translation>
    </message>
</context>
<context>
    <name>fb::FilterConditionRow</name>
    <message>
        <location filename="../ui/records/FilterConditionRow.cpp" line="+21"/>
        <source>contains</source>
        <comment>filter condition</comment>
        <translation>contient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is</source>
        <comment>filter condition</comment>
        <translation>est</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at least</source>
        <comment>filter condition</comment>
        <translation>vaut au moins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at most</source>
        <comment>filter condition</comment>
        <translation>vaut au plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty</source>
        <comment>filter condition</comment>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not empty</source>
        <comment>filter condition</comment>
        <translation>n&apos;est pas vide</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Filter field</source>
        <translation>Champ du filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter condition</source>
        <translation>Condition du filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter value</source>
        <translation>Valeur du filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value, then Enter</source>
        <translation>Valeur, puis Entrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove this condition</source>
        <translation>Retirer cette condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove condition</source>
        <translation>Retirer la condition</translation>
    </message>
</context>
<context>
    <name>fb::FormDesignerDialog</name>
    <message>
        <location filename="../ui/designer/FormDesignerDialog.cpp" line="+240"/>
        <source>New Form</source>
        <translation>Nouveau formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design Form — %1</source>
        <translation>Conception du formulaire — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;exts in:</source>
        <translation>Textes &amp;édités en&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the name, labels, help and choices shown below. Texts not given in a language show the default ones.</source>
        <translation>Langue du nom, des libellés, de l&apos;aide et des choix affichés ci-dessous. Les textes non fournis dans une langue sont remplacés par les textes par défaut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blank form</source>
        <translation>Un formulaire vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Field</source>
        <translation>A&amp;jouter un champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <comment>how the form will look</comment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>&amp;Create Form</source>
        <translation>&amp;Créer le formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form files make new forms: use Form → New Form…</source>
        <translation>Un fichier de formulaire crée un nouveau formulaire&#xa0;: utilisez Formulaire → Nouveau formulaire…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Default texts</source>
        <translation>Textes par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (default)</source>
        <comment>the form&apos;s default language</comment>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Records are named &amp;by:</source>
        <translation>Fiches nommées &amp;selon&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fields:</source>
        <comment>the fields of the form being designed</comment>
        <translation>Cha&amp;mps&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expo&amp;rt…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+59"/>
        <source>Apply &amp;Changes</source>
        <translation>Appli&amp;quer les modifications</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Form not created</source>
        <translation>Formulaire non créé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes not applied</source>
        <translation>Modifications non appliquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new form is not created yet.</source>
        <translation>Le nouveau formulaire n’est pas encore créé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to the form “%1” are not applied yet.</source>
        <translation>Les modifications du formulaire « %1 » ne sont pas encore appliquées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create it before closing?</source>
        <translation>Le créer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply them before closing?</source>
        <translation>Les appliquer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Field %1</source>
        <extracomment>Label of a newly added field; %1 is its number.</extracomment>
        <translation>Champ %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The form needs a name.</source>
        <translation>Le formulaire doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating the form…</source>
        <translation>Création du formulaire…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changing the form and its records…</source>
        <translation>Modification du formulaire et de ses fiches…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying…</source>
        <translation>Application des modifications…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applied: %1</source>
        <translation>Modifications non appliquées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form was created.</source>
        <translation>Le formulaire a été créé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The changes were applied.</source>
        <translation>Les modifications ont été appliquées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not imported: %1</source>
        <translation>Échec de l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not exported: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fb::FormFiles</name>
    <message>
        <location filename="../ui/designer/FormFiles.cpp" line="+18"/>
        <source>Form files (*.json);;All files (*)</source>
        <translation>Fichiers de formulaire (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Form</source>
        <translation>Importer un formulaire</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Form</source>
        <translation>Exporter un formulaire</translation>
    </message>
</context>
<context>
    <name>fb::FormGuess</name>
    <message>
        <location filename="../core/formats/FormGuess.cpp" line="+75"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>fb::FormImport</name>
    <message>
        <location filename="../app/FormImport.cpp" line="+34"/>
        <source>The book %1 is damaged; it was left untouched and the form was not brought in.</source>
        <translation>Le carnet %1 est endommagé&#xa0;; aucune modification n&apos;y a été apportée et le formulaire n&apos;a pas été importé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book %1 is read-only; the form was not brought in.</source>
        <translation>Le carnet %1 est en lecture seule&#xa0;; le formulaire n&apos;a pas été importé.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The form “%1” is in %2 (table %3).</source>
        <translation>Le formulaire «&#xa0;%1&#xa0;» se trouve dans %2 (table %3).</translation>
    </message>
</context>
<context>
    <name>fb::FormListPanel</name>
    <message>
        <location filename="../ui/window/FormListPanel.cpp" line="+38"/>
        <source>For&amp;ms</source>
        <translation>For&amp;mulaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (%2)</source>
        <comment>form name and record count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::FormTemplates</name>
    <message>
        <location filename="../core/model/FormTemplates.cpp" line="+33"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s full name.</source>
        <translation>Nom complet de la personne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Matériaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field observation</source>
        <translation>Observation de terrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Species</source>
        <translation>Espèce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observed at</source>
        <translation>Date d&apos;observation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count</source>
        <extracomment>How many animals or plants were seen.</extracomment>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees north, -90 to 90.</source>
        <translation>Degrés nord, de -90 à 90.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees east, -180 to 180.</source>
        <translation>Degrés est, de -180 à 180.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Habitat</source>
        <translation>Habitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forest</source>
        <translation>Forêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grassland</source>
        <translation>Prairie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wetland</source>
        <translation>Zone humide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban</source>
        <translation>Milieu urbain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weather</source>
        <translation>Météo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunny</source>
        <translation>Ensoleillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloudy</source>
        <translation>Nuageux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain</source>
        <translation>Pluie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind</source>
        <translation>Vent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
</context>
<context>
    <name>fb::HandbookDialog</name>
    <message>
        <location filename="../ui/window/HandbookDialog.cpp" line="+30"/>
        <source>Fieldbook Handbook</source>
        <translation>Manuel de Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handbook</source>
        <translation>Manuel</translation>
    </message>
</context>
<context>
    <name>fb::ImportCommand</name>
    <message>
        <location filename="../app/ImportCommand.cpp" line="+73"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1, %2</source>
        <translation>ligne %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+65"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1: “%2”: %3</source>
        <translation>%1 : « %2 » : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %Ln more row(s) with problems.</source>
        <translation>
            <numerusform>… et %Ln autre ligne avec des problèmes.</numerusform>
            <numerusform>… et %Ln autres lignes avec des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: no column is named after a field of “%2” (its fields: %3). Use the field names as the header, or --no-header for columns in the form&apos;s order.</source>
        <translation>%1 : aucune colonne ne porte le nom d’un champ de « %2 » (ses champs : %3). Utilisez les noms des champs comme en-tête, ou --no-header pour des colonnes dans l’ordre du formulaire.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Columns left out (no field has their name): %1</source>
        <translation>Colonnes laissées (aucun champ n’a leur nom) : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 rows read (%2%)</source>
        <translation>%1 lignes lues (%2 %)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1: there are no rows to import (after %Ln line(s) left out).</source>
        <translation>
            <numerusform>%1&#xa0;: il n’y a aucune ligne à importer (après %Ln ligne ignorée).</numerusform>
            <numerusform>%1&#xa0;: il n’y a aucune ligne à importer (après %Ln lignes ignorées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln row(s) ready</source>
        <translation>
            <numerusform>%Ln ligne prête</numerusform>
            <numerusform>%Ln lignes prêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln ligne avec des problèmes</numerusform>
            <numerusform>%Ln lignes avec des problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) to leave out as already there</source>
        <translation>
            <numerusform>%Ln ligne à laisser, déjà présente</numerusform>
            <numerusform>%Ln lignes à laisser, déjà présentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed (a dry run).</source>
        <translation>Rien n’a été changé (un essai).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) with problems; nothing was imported (use --good-rows to import the others).</source>
        <translation>
            <numerusform>%Ln ligne avec des problèmes ; rien n’a été importé (--good-rows importe les autres).</numerusform>
            <numerusform>%Ln lignes avec des problèmes ; rien n’a été importé (--good-rows importe les autres).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln record(s) imported into “%1”</source>
        <translation>
            <numerusform>%Ln fiche importée dans « %1 »</numerusform>
            <numerusform>%Ln fiches importées dans « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln left out as already there</source>
        <translation>
            <numerusform>%Ln laissée, déjà présente</numerusform>
            <numerusform>%Ln laissées, déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln ligne avec des problèmes laissée</numerusform>
            <numerusform>%Ln lignes avec des problèmes laissées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportDialog</name>
    <message>
        <location filename="../ui/exchange/ImportDialog.cpp" line="+256"/>
        <source>Import into %1</source>
        <translation>Importer dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, petit-boutiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, gros-boutiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western European (Windows-1252)</source>
        <translation>Europe occidentale (Windows-1252)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western European (ISO 8859-15)</source>
        <translation>Europe occidentale (ISO 8859-15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (Windows-1250)</source>
        <translation>Europe centrale (Windows-1250)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrillique (Windows-1251)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic (Windows-1256)</source>
        <translation>Arabe (Windows-1256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOS Western European (code page 850)</source>
        <translation>DOS Europe occidentale (page de code 850)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese (Shift JIS)</source>
        <translation>Japonais (Shift JIS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (GB 18030)</source>
        <translation>Chinois (GB 18030)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote:</source>
        <translation>Délimiteur de te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double quote (&quot;)</source>
        <translation>Guillemet double (&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single quote (&apos;)</source>
        <translation>Apostrophe (&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: quotes are text</source>
        <translation>Aucun&#xa0;: les guillemets sont du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first row &amp;holds the column names</source>
        <translation>La première ligne contient les &amp;noms des colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;lines at the start:</source>
        <translation>Lignes à i&amp;gnorer au début :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umbers:</source>
        <translation>No&amp;mbres :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1,234.5 (decimal point)</source>
        <translation>1,234.5 (point décimal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.234,5 (decimal comma)</source>
        <translation>1.234,5 (virgule décimale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 234,5 (decimal comma, spaces between groups)</source>
        <translation>1 234,5 (virgule décimale, espaces entre les groupes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31.01.2026 (day first)</source>
        <translation>31.01.2026 (jour d’abord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>01/31/2026 (month first)</source>
        <translation>01/31/2026 (mois d’abord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2026-01-31 only (year first)</source>
        <translation>2026-01-31 seulement (année d’abord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colu&amp;mns and the fields they fill:</source>
        <translation>&amp;Colonnes et champs qu’elles remplissent :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with problems:</source>
        <translation>Lignes avec des problèmes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All rows or none: import nothing unless every row is good</source>
        <translation>&amp;Toutes les lignes ou aucune : ne rien importer si une ligne pose problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the &amp;good rows: leave out the rows with problems</source>
        <translation>Seulement les bonnes &amp;lignes : laisser les lignes avec des problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value a record has &amp;there:</source>
        <translation>Valeur déjà p&amp;résente dans une fiche :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row whose value in a unique field a record already has</source>
        <translation>Une ligne dont la valeur d’un champ unique existe déjà dans une fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a problem of its row</source>
        <translation>pose problème pour sa ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaves the row out</source>
        <translation>laisse la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updates that record with the row</source>
        <translation>met à jour cette fiche avec la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;Rejected Rows…</source>
        <translation>Enregistrer les lignes ref&amp;usées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every row as the import would, and change nothing</source>
        <translation>Lire chaque ligne comme l’importation, sans rien changer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the CSV file to import.</source>
        <translation>Choisissez le fichier CSV à importer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows line ends (CR LF)</source>
        <translation>fins de ligne Windows (CR LF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old Mac line ends (CR)</source>
        <translation>fins de ligne des anciens Mac (CR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix line ends (LF)</source>
        <translation>fins de ligne Unix (LF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as %1, %2, %3.</source>
        <translation>Lu en %1, %2, %3.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(left out)</source>
        <translation>(laissée)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No column fills these required fields, so every row will be refused: %1</source>
        <translation>Aucune colonne ne remplit ces champs obligatoires, donc chaque ligne sera refusée : %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The check was stopped; nothing was changed.</source>
        <translation>La vérification a été arrêtée&#xa0;; rien n’a été changé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) ready to import</source>
        <translation>
            <numerusform>%Ln ligne prête à importer</numerusform>
            <numerusform>%Ln lignes prêtes à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln ligne avec des problèmes</numerusform>
            <numerusform>%Ln lignes avec des problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln of them update(s) a record already in the book</source>
        <translation>
            <numerusform>%Ln d’entre elles met à jour une fiche du carnet</numerusform>
            <numerusform>%Ln d’entre elles mettent à jour des fiches du carnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) left out as already in the book</source>
        <translation>
            <numerusform>%Ln ligne laissée, déjà dans le carnet</numerusform>
            <numerusform>%Ln lignes laissées, déjà dans le carnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import brings in nothing unless every row is good, or only the good rows if you choose so above.</source>
        <translation>L’importation n’apporte rien si une ligne pose problème, ou seulement les bonnes lignes si vous le choisissez ci-dessus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: every row has a problem.</source>
        <translation>Rien n’a été importé&#xa0;: chaque ligne pose problème.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing was imported: %Ln row(s) have problems. Fix the file, or choose “Only the good rows” to import the others.</source>
        <translation>
            <numerusform>Rien n’a été importé : %Ln ligne pose problème. Corrigez le fichier, ou choisissez « Seulement les bonnes lignes » pour importer les autres.</numerusform>
            <numerusform>Rien n’a été importé : %Ln lignes posent problème. Corrigez le fichier, ou choisissez « Seulement les bonnes lignes » pour importer les autres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <source>Save Rejected Rows</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 - rejected rows.csv</source>
        <extracomment>%1 is the imported file&apos;s name without its ending.</extracomment>
        <translation>%1 - lignes refusées.csv</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The rejected rows could not be saved to %1.</source>
        <translation>Les lignes refusées n’ont pas pu être enregistrées dans %1.</translation>
    </message>
</context>
<context>
    <name>fb::ImportFlow</name>
    <message>
        <location filename="../ui/exchange/ImportFlow.cpp" line="+104"/>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln record(s) imported into %1</source>
        <translation>
            <numerusform>%Ln fiche importée dans %1</numerusform>
            <numerusform>%Ln fiches importées dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) updated</source>
        <translation>
            <numerusform>%Ln fiche mise à jour</numerusform>
            <numerusform>%Ln fiches mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln ligne avec des problèmes laissée</numerusform>
            <numerusform>%Ln lignes avec des problèmes laissées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking %1 for %2…</source>
        <translation>Vérification de %1 pour %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 into %2…</source>
        <translation>Importation de %1 dans %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 rows, %2 a second</source>
        <translation>%1 lignes, %2 par seconde</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>Environ %Ln minute restante</numerusform>
            <numerusform>Environ %Ln minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>Environ %Ln seconde restante</numerusform>
            <numerusform>Environ %Ln secondes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportUndoCommand</name>
    <message numerus="yes">
        <location filename="../ui/exchange/ImportUndoCommand.cpp" line="+14"/>
        <source>Import of %Ln record(s)</source>
        <translation>
            <numerusform>Importation de %Ln fiche</numerusform>
            <numerusform>Importation de %Ln fiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::MainActions</name>
    <message>
        <location filename="../ui/window/MainActions.cpp" line="+175"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orm</source>
        <translation>F&amp;ormulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>Fi&amp;che</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent Books</source>
        <translation>Carnets &amp;récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Book…</source>
        <translation>&amp;Nouveau carnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Book…</source>
        <translation>&amp;Ouvrir un carnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose Book</source>
        <translation>Fermer &amp;le carnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Book To &amp;Server…</source>
        <translation>Copier le carnet vers un &amp;serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Book To &amp;File…</source>
        <translation>Copier le carnet vers un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a copy of the book in its backup folder</source>
        <translation>Mettre une copie du carnet dans son dossier de sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Restaurer depuis une sauve&amp;garde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck Book…</source>
        <translation>Vérifier le carne&amp;t…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for damage and for values that break their fields&apos; rules</source>
        <translation>Chercher des dommages et des valeurs qui enfreignent les règles de leur champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Form…</source>
        <translation>&amp;Nouveau formulaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Form from &amp;CSV File…</source>
        <translation>Nouveau formulaire depuis un fichier CS&amp;V…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a form with a field for each column of a CSV file, then import its rows</source>
        <translation>Créer un formulaire avec un champ par colonne d’un fichier CSV, puis importer ses lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Design Form…</source>
        <translation>&amp;Concevoir le formulaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Form…</source>
        <translation>&amp;Supprimer le formulaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <comment>record</comment>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record (%1)</source>
        <translation>Nouvelle fiche (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record (%1)</source>
        <translation>Enregistrer la fiche (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes to this record (Esc)</source>
        <translation>Abandonner les modifications de cette fiche (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <comment>record</comment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the record to the trash</source>
        <translation>Placer la fiche dans la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <comment>record</comment>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt</source>
        <comment>record</comment>
        <translation>S&amp;uivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First Record</source>
        <translation>P&amp;remière fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last Record</source>
        <translation>&amp;Dernière fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read records from a CSV file into the form</source>
        <translation>Lire des fiches d’un fichier CSV dans le formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the records to a CSV or JSON file</source>
        <translation>Écrire les fiches dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table and Form</source>
        <translation>&amp;Tableau et formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table &amp;Only</source>
        <translation>Tableau &amp;seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form Only</source>
        <translation>&amp;Formulaire seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handbook</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fieldbook</source>
        <translation>À &amp;propos de Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>fb::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+190"/>
        <source>About Fieldbook</source>
        <translation>À propos de Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;Fill forms into a database without waiting for it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;Remplissez des formulaires dans une base de données, sans avoir à l&apos;attendre.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Closing %1: saving what is still waiting…</source>
        <translation>Fermeture de %1&#xa0;: enregistrement de ce qui est encore en attente…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No backup could be made before the change: %1</source>
        <translation>Aucune sauvegarde n’a pu être faite avant la modification : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>Échec de l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Save What Can Be Re&amp;ad…</source>
        <translation>Enregistrer ce qui peut être &amp;lu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book could not be opened: %1</source>
        <translation>Le carnet n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book file is damaged, so it is open read-only and nothing can be saved in it. A list may stop where the damage begins; “Save What Can Be Read…” copies every record that can still be read into a new book.</source>
        <translation>Ce fichier de carnet est endommagé&#xa0;: il est donc ouvert en lecture seule et rien ne peut y être enregistré. Une liste peut s’arrêter là où commence le dommage&#xa0;; «&#xa0;Enregistrer ce qui peut être lu…&#xa0;» copie toutes les fiches encore lisibles dans un nouveau carnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read only: you may look but not change records on this server.</source>
        <translation>Lecture seule&#xa0;: vous pouvez consulter les fiches sur ce serveur, mais pas les modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only: you may look but not change records in this book.</source>
        <translation>Lecture seule&#xa0;: vous pouvez consulter les fiches de ce carnet, mais pas les modifier.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fieldbook</source>
        <translation>Fieldbook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2[*]</source>
        <comment>form — book</comment>
        <translation>%1 — %2[*]</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Copy Book To File</source>
        <translation>Copier le carnet vers un fichier</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 (copy).fieldbook</source>
        <extracomment>File name offered for a copy of the book.</extracomment>
        <translation>%1 (copie).fieldbook</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Another program restored a backup into this book; it is shown afresh.</source>
        <translation>Un autre programme a restauré une sauvegarde dans ce carnet ; il est affiché à nouveau.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>%1 (copy %2).fieldbook</source>
        <extracomment>File name offered for a further copy of the book: name and number.</extracomment>
        <translation>%1 (copie %2).fieldbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Carnets Fieldbook (*.fieldbook);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copying %1 to %2…</source>
        <translation>Copie de %1 vers %2…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy Book</source>
        <translation>Copier le carnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book was not copied to %1: %2</source>
        <translation>Le carnet n&apos;a pas été copié vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1 and %2 to %3.</source>
        <comment>forms, records, book</comment>
        <translation>%1 et %2 copiés vers %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n formulaire</numerusform>
            <numerusform>%n formulaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Delete form</source>
        <translation>Supprimer le formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the form “%1” and all its records? This cannot be undone.</source>
        <translation>Supprimer le formulaire «&#xa0;%1&#xa0;» et toutes ses fiches&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Form deleted.</source>
        <translation>Formulaire supprimé.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+8"/>
        <source>New Form from CSV File</source>
        <translation>Nouveau formulaire depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Handbook</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handbook is not installed. It is part of the Fieldbook package, in share/fieldbook/handbook.</source>
        <translation>Le manuel n&apos;est pas installé. Il fait partie du paquet Fieldbook, dans share/fieldbook/handbook.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The form was not deleted: %1</source>
        <translation>Le formulaire n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fb::NumberFieldEditor</name>
    <message>
        <location filename="../ui/editors/NumberFieldEditor.cpp" line="+22"/>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Number, %Ln decimal place(s)</source>
        <translation>
            <numerusform>Nombre, %Ln décimale</numerusform>
            <numerusform>Nombre, %Ln décimales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../ui/window/PreferencesDialog.cpp" line="+94"/>
        <source> backup(s)</source>
        <extracomment>After the number of backups kept, in a spin box.</extracomment>
        <translation>
            <numerusform> sauvegarde</numerusform>
            <numerusform> sauvegardes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> week(s)</source>
        <extracomment>After the number of weeks one backup a week is kept, in a spin box.</extracomment>
        <translation>
            <numerusform> semaine</numerusform>
            <numerusform> semaines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole window changes language at once. Form texts follow where the form gives them in that language.</source>
        <translation>Toute la fenêtre change de langue immédiatement. Les textes des formulaires suivent s&apos;ils sont fournis dans cette langue par le formulaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups of books in files</source>
        <translation>Sauvegardes des carnets dans des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;backups automatically: before a form changes, before an import, and before the first change of each day</source>
        <translation>Faire des s&amp;auvegardes automatiquement : avant qu’un formulaire change, avant une importation et avant la première modification de chaque jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;them:</source>
        <translation>&amp;Où les garder :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a folder beside the book</source>
        <translation>Dans un dossier à côté du carnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In my data folder</source>
        <translation>Dans mon dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;newest:</source>
        <translation>Garder les &amp;plus récentes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>And one a &amp;week for:</source>
        <translation>Et une par &amp;semaine pendant :</translation>
    </message>
</context>
<context>
    <name>fb::ProgressNotice</name>
    <message>
        <location filename="../ui/common/ProgressNotice.cpp" line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>fb::RecordBrowser</name>
    <message>
        <location filename="../ui/records/RecordBrowser.cpp" line="+83"/>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search records</source>
        <translation>Rechercher des fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of these records cannot be read: this part of the book is damaged. The notice at the top of the window offers to save what can be read into a new book.</source>
        <translation>Certaines de ces fiches ne peuvent pas être lues&#xa0;: cette partie du carnet est endommagée. L’avis en haut de la fenêtre propose d’enregistrer ce qui peut être lu dans un nouveau carnet.</translation>
    </message>
</context>
<context>
    <name>fb::RecordController</name>
    <message>
        <location filename="../ui/records/RecordController.cpp" line="-202"/>
        <source>Record %1 of %2</source>
        <translation>Fiche %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New record; %Ln in the list</source>
        <translation>
            <numerusform>Nouvelle fiche&#xa0;; %Ln dans la liste</numerusform>
            <numerusform>Nouvelle fiche&#xa0;; %Ln dans la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Record not in the list; %Ln in the list</source>
        <translation>
            <numerusform>Fiche absente de la liste&#xa0;; %Ln dans la liste</numerusform>
            <numerusform>Fiche absente de la liste&#xa0;; %Ln dans la liste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The record cannot be saved: a field needs attention.</source>
        <translation>Impossible d&apos;enregistrer la fiche&#xa0;: un champ requiert votre attention.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The form below has unsaved changes: save or undo them before editing the table.</source>
        <translation>Le formulaire ci-dessous contient des modifications non enregistrées&#xa0;: enregistrez-les ou annulez-les avant de modifier le tableau.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Move this record to the trash?</source>
        <translation>Placer cette fiche dans la corbeille&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “%1” to the trash?</source>
        <translation>Placer « %1 » dans la corbeille&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can restore it from Record → Trash.</source>
        <translation>Vous pourrez la restaurer depuis Fiche → Corbeille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>Placer dans la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restored from the trash.</source>
        <translation>Fiche restaurée depuis la corbeille.</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Not saved: %1</source>
        <translation>Échec de l&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Saved.</source>
        <translation>Fiche enregistrée.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved: the record was changed elsewhere; your changes are still in the form.</source>
        <translation>Échec de l&apos;enregistrement&#xa0;: la fiche a été modifiée ailleurs&#xa0;; vos modifications sont toujours dans le formulaire.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Changes undone.</source>
        <translation>Modifications annulées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete record</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Moved to the trash.</source>
        <translation>Fiche placée dans la corbeille.</translation>
    </message>
</context>
<context>
    <name>fb::RecordExporter</name>
    <message>
        <location filename="../core/formats/RecordExport.cpp" line="+88"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>fb::RecordForm</name>
    <message>
        <location filename="../ui/records/RecordForm.cpp" line="+107"/>
        <source>Add fields to see the form here.</source>
        <translation>Ajoutez des champs pour voir le formulaire ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form has no fields yet. Add some with Form → Design Form…</source>
        <translation>Ce formulaire n&apos;a encore aucun champ. Ajoutez-en avec Formulaire → Concevoir le formulaire…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No form is chosen. Pick one from the list, or create one with Form → New Form…</source>
        <translation>Aucun formulaire n&apos;est sélectionné. Choisissez-en un dans la liste, ou créez-en un avec Formulaire → Nouveau formulaire…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 *</source>
        <comment>required field label</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 Expected: %2</source>
        <comment>message, pattern</comment>
        <translation>%1 Attendu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <comment>message, the field&apos;s help</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>fb::RecordTableModel</name>
    <message>
        <location filename="../ui/records/RecordTableModel.cpp" line="+397"/>
        <source>(missing record)</source>
        <translation>(fiche manquante)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unnamed record)</source>
        <translation>(fiche sans nom)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted on</source>
        <translation>Supprimée le</translation>
    </message>
</context>
<context>
    <name>fb::ReferenceFieldEditor</name>
    <message>
        <location filename="../ui/editors/ReferenceFieldEditor.cpp" line="+47"/>
        <source>Type to find a record of %1</source>
        <translation>Saisissez du texte pour trouver une fiche de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referenced form is missing</source>
        <translation>Le formulaire référencé est introuvable</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Record %1</source>
        <translation>Fiche %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 (record %2)</source>
        <translation>%1 (fiche %2)</translation>
    </message>
</context>
<context>
    <name>fb::RestoreDialog</name>
    <message>
        <location filename="../ui/book/RestoreDialog.cpp" line="+107"/>
        <source>Backed up by hand</source>
        <translation>Sauvegardée à la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First change of the day</source>
        <translation>Première modification du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a form change</source>
        <translation>Avant une modification de formulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a repair</source>
        <translation>Avant une réparation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <comment>forms, records</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n formulaire</numerusform>
            <numerusform>%n formulaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+22"/>
        <location line="+15"/>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Bring the book back to the backup of %1?</source>
        <translation>Ramener le carnet à la sauvegarde du %1 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the book back to the backup in %1?</source>
        <translation>Ramener le carnet à la sauvegarde dans %1 ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its forms and records replace those of the book. The book as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Ses formulaires et ses fiches remplacent ceux du carnet. Le carnet tel qu’il est maintenant est d’abord sauvegardé : on peut donc revenir en arrière en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Carnets Fieldbook (*.fieldbook);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no backups of this book in %1 yet. Choose Other File to restore a backup kept elsewhere.</source>
        <translation>Il n’y a pas encore de sauvegarde de ce carnet dans %1. Choisissez « Autre fichier » pour restaurer une sauvegarde gardée ailleurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backups of this book, newest first (in %1):</source>
        <translation>&amp;Sauvegardes de ce carnet, les plus récentes d’abord (dans %1) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other File…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>fb::RestoreRecordCommand</name>
    <message>
        <location filename="../ui/records/RestoreRecordCommand.cpp" line="+14"/>
        <source>Restore Record</source>
        <translation>Restaurer la fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore “%1”</source>
        <translation>Restaurer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>fb::SalvageFlow</name>
    <message>
        <location filename="../ui/book/SalvageFlow.cpp" line="+27"/>
        <location line="+44"/>
        <source>Save What Can Be Read</source>
        <translation>Enregistrer ce qui peut être lu</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Carnets Fieldbook (*.fieldbook);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (saved).fieldbook</source>
        <extracomment>File name offered for the new book that gets what can be read of a damaged one.</extracomment>
        <translation>%1 (récupéré).fieldbook</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving what can be read of %1 into %2…</source>
        <translation>Enregistrement de ce qui peut être lu de %1 dans %2…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was saved in %1: %2</source>
        <translation>Rien n&apos;a été enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What could be read is saved in %1. The damaged book was not changed.</source>
        <translation>Ce qui a pu être lu est enregistré dans %1. Le carnet endommagé n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open New Book</source>
        <translation>&amp;Ouvrir le nouveau carnet</translation>
    </message>
</context>
<context>
    <name>fb::SaveRecordCommand</name>
    <message>
        <location filename="../ui/records/SaveRecordCommand.cpp" line="-75"/>
        <source>New Record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Record “%1”</source>
        <translation>Nouvelle fiche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record Changes</source>
        <translation>Modifications de la fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to “%1”</source>
        <translation>Modifications de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>fb::ServerDialog</name>
    <message>
        <location filename="../ui/book/ServerDialog.cpp" line="+104"/>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of %1 for the book %2:</source>
        <translation>Mot de passe de %1 pour le carnet %2&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team book on a PostgreSQL server. The password is not remembered.</source>
        <translation>Un carnet d&apos;équipe sur un serveur PostgreSQL. Le mot de passe n&apos;est pas mémorisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <comment>TLS mode of the connection</comment>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disable: never encrypt</source>
        <comment>TLS mode</comment>
        <translation>Désactiver&#xa0;: ne jamais chiffrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer: encrypt when the server can</source>
        <comment>TLS mode</comment>
        <translation>Préférer&#xa0;: chiffrer si le serveur le permet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require: always encrypt</source>
        <comment>TLS mode</comment>
        <translation>Exiger&#xa0;: toujours chiffrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify CA: encrypt and check the server&apos;s certificate</source>
        <comment>TLS mode</comment>
        <translation>Vérifier l&apos;AC&#xa0;: chiffrer et vérifier le certificat du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify full: also check the server&apos;s name</source>
        <comment>TLS mode</comment>
        <translation>Vérification complète&#xa0;: vérifier aussi le nom du serveur</translation>
    </message>
</context>
<context>
    <name>fb::ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="+120"/>
        <source>In the Table and the Form</source>
        <translation>Dans le tableau et le formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected cell</source>
        <translation>Modifier la cellule sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the cell being edited</source>
        <translation>Enregistrer la cellule en cours de modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the cell unchanged</source>
        <translation>Laisser la cellule inchangée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next field or cell</source>
        <translation>Champ ou cellule suivants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous field or cell</source>
        <translation>Champ ou cellule précédents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the label or button with the underlined letter</source>
        <extracomment>The key column: Alt with the letter underlined in a label or button.</extracomment>
        <translation>Aller à l’étiquette ou au bouton dont la lettre est soulignée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;keys of the main window, menu by menu:</source>
        <translation>Les &amp;touches de la fenêtre principale, menu par menu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>fb::StatusPanel</name>
    <message>
        <location filename="../ui/window/StatusPanel.cpp" line="+78"/>
        <source>Saving before closing…</source>
        <translation>Enregistrement avant la fermeture…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The book is busy (%1); trying again (%2)…</source>
        <translation>Le carnet est occupé (%1)&#xa0;; nouvelle tentative (%2)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to the server again; waiting saves went through.</source>
        <translation>Reconnecté au serveur&#xa0;; les enregistrements en attente ont abouti.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server cannot be reached; reconnecting (attempt %1). Your changes are kept: %n save(s) waiting.</source>
        <translation>
            <numerusform>Le serveur est injoignable&#xa0;; reconnexion en cours (tentative %1). Vos modifications sont conservées&#xa0;: %n enregistrement en attente.</numerusform>
            <numerusform>Le serveur est injoignable&#xa0;; reconnexion en cours (tentative %1). Vos modifications sont conservées&#xa0;: %n enregistrements en attente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No book open</source>
        <translation>Aucun carnet ouvert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read only: you may look but not change records on this server (%1).</source>
        <translation>Lecture seule&#xa0;: vous pouvez consulter les fiches sur ce serveur, mais pas les modifier (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All saved</source>
        <translation>Tout est enregistré</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Saving %Ln change(s)…</source>
        <translation>
            <numerusform>Enregistrement de %Ln modification…</numerusform>
            <numerusform>Enregistrement de %Ln modifications…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Opening the book “%1”…</source>
        <translation>Ouverture du carnet «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The book “%1” is open; checking its file, saves wait for the check…</source>
        <translation>Le carnet «&#xa0;%1&#xa0;» est ouvert&#xa0;; vérification de son fichier, les enregistrements attendent la fin de la vérification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book “%1” is open</source>
        <translation>Le carnet «&#xa0;%1&#xa0;» est ouvert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book “%1” is open read-only: changes cannot be saved</source>
        <translation>Le carnet «&#xa0;%1&#xa0;» est ouvert en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the book “%1”: %2</source>
        <translation>Impossible d’ouvrir le carnet «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last saved %1</source>
        <translation>Dernier enregistrement à %1</translation>
    </message>
</context>
<context>
    <name>fb::TemporalFieldEditor</name>
    <message>
        <location filename="../ui/editors/TemporalFieldEditor.cpp" line="+83"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder showing the typed format: Y year, M month, D day digits.</extracomment>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HH:MM</source>
        <extracomment>Placeholder showing the typed format: H hour, M minute digits.</extracomment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a date from the calendar</source>
        <translation>Choisir une date dans le calendrier</translation>
    </message>
</context>
<context>
    <name>fb::TrashDialog</name>
    <message>
        <location filename="../ui/records/TrashDialog.cpp" line="+78"/>
        <source>Trash — %1</source>
        <translation>Corbeille — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of “%1” that were deleted. Select some and restore them.</source>
        <translation>Fiches supprimées du formulaire «&#xa0;%1&#xa0;». Sélectionnez celles à restaurer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trash is empty: no record of “%1” was deleted.</source>
        <translation>La corbeille est vide&#xa0;: aucune fiche de «&#xa0;%1&#xa0;» n’a été supprimée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete for Good…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted records</source>
        <translation>Fiches supprimées</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not restored: %1</source>
        <translation>Échec de la restauration&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Delete %n record(s) for good?</source>
        <translation>
            <numerusform>Supprimer définitivement %n fiche&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement %n fiches&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete for Good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+18"/>
        <source>%n record(s) deleted for good.</source>
        <translation>
            <numerusform>%n fiche supprimée définitivement.</numerusform>
            <numerusform>%n fiches supprimées définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not deleted: %1</source>
        <translation>Échec de la suppression&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete all %n record(s) in the trash for good?</source>
        <translation>
            <numerusform>Supprimer définitivement %n fiche de la corbeille&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement les %n fiches de la corbeille&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trash was not emptied: %1</source>
        <translation>La corbeille n&apos;a pas été vidée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fb::TrashRecordCommand</name>
    <message>
        <location filename="../ui/records/TrashRecordCommand.cpp" line="+16"/>
        <source>Delete Record</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>fb::UnsavedChangesPrompt</name>
    <message>
        <location filename="../ui/records/UnsavedChangesPrompt.cpp" line="+13"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record has changes that are not saved yet.</source>
        <translation>Cette fiche comporte des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
</context>
</TS>
