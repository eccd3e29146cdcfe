<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>fb::BackupCommand</name>
    <message>
        <location filename="../app/BackupCommand.cpp" line="+49"/>
        <location line="+29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No backup was made.</source>
        <translation>No se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is backed up in %2 (%3).</source>
        <translation>%1 tiene copia de seguridad en %2 (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: there is no backup file here. Nothing was changed.</source>
        <translation>%1: aquí no hay ningún archivo de copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is restored from %2. The book as it was is kept in %3.</source>
        <translation>%1 se restauró desde %2. El libro tal como estaba se guarda en %3.</translation>
    </message>
</context>
<context>
    <name>fb::BackupFlow</name>
    <message>
        <location filename="../ui/book/BackupFlow.cpp" line="+54"/>
        <source>Backing up %1…</source>
        <translation>Haciendo copia de seguridad de %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back Up Now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up in %1 (%2).</source>
        <translation>Copia de seguridad en %1 (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy Book To File</source>
        <translation>Copiar libro a un archivo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Copying %1 to %2…</source>
        <translation>Copiando %1 a %2…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book is copied to %1.</source>
        <translation>El libro se copió a %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking and restoring the backup…</source>
        <translation>Comprobando y restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the backup of %1. The book as it was is in %2.</source>
        <translation>Se restauró la copia de seguridad del %1. El libro tal como estaba está en %2.</translation>
    </message>
</context>
<context>
    <name>fb::BookCopier</name>
    <message numerus="yes">
        <location filename="../core/tasks/BookCopier.cpp" line="+266"/>
        <source>%1: %n record(s) saved</source>
        <comment>form name</comment>
        <translation>
            <numerusform>%1: %n registro guardado</numerusform>
            <numerusform>%1: %n registros guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) could not be read</source>
        <translation>
            <numerusform>%n registro no se ha podido leer</numerusform>
            <numerusform>%n registros no se han podido leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at least %n record(s) could not be read</source>
        <translation>
            <numerusform>al menos %n registro no se ha podido leer</numerusform>
            <numerusform>al menos %n registros no se han podido leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::BookMenu</name>
    <message>
        <location filename="../ui/book/BookMenu.cpp" line="+57"/>
        <source>New Book</source>
        <translation>Nuevo libro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>book.fieldbook</source>
        <extracomment>File name offered for a new book; keep the .fieldbook ending.</extracomment>
        <translation>libro.fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Libros de Fieldbook (*.fieldbook);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+15"/>
        <source>Open Book</source>
        <translation>Abrir libro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book %1 is no longer there.</source>
        <translation>El libro %1 ya no existe.</translation>
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
        <translation>%1: aquí no hay ningún archivo de libro; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: the file exists; what is saved from a book goes into a new file, never over another. Nothing was saved.</source>
        <translation>%1: el archivo ya existe; lo que se guarda de un libro va a un archivo nuevo, nunca sobre otro. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>%1: %2 Nothing was saved.</source>
        <translation>%1: %2 No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What could be read of %1 is saved in %2:</source>
        <translation>Lo que se ha podido leer de %1 está guardado en %2:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: some records could not be read and are not in %2.</source>
        <translation>%1: algunos registros no se han podido leer y no están en %2.</translation>
    </message>
</context>
<context>
    <name>fb::CheckCommand</name>
    <message>
        <location filename="../app/CheckCommand.cpp" line="+37"/>
        <source>It was not checked.</source>
        <translation>No se ha comprobado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repaired. The book as it was is kept in %1.</source>
        <translation>Reparado. El libro tal como estaba se guarda en %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run “fieldbook check --repair” to repair what a repair mends; a backup is made first.</source>
        <translation>Ejecute «fieldbook check --repair» para reparar lo que una reparación arregla; antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A repair mends none of these problems; nothing was changed.</source>
        <translation>Una reparación no arregla ninguno de estos problemas; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>fb::CheckDialog</name>
    <message>
        <location filename="../ui/book/CheckDialog.cpp" line="+101"/>
        <source>Repair Book</source>
        <translation>Reparar el libro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild the book&apos;s indexes?</source>
        <translation>¿Reconstruir los índices del libro?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No record or value is changed: the indexes are made again from the records. The book as it is now is backed up first.</source>
        <translation>No cambia ningún registro ni valor: los índices se rehacen a partir de los registros. Antes se hace una copia de seguridad del libro tal como está ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repair</source>
        <translation>&amp;Reparar</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <source>Save Report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check of %1, %2</source>
        <translation>Comprobación de %1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report could not be written to %1: %2</source>
        <translation>No se pudo escribir el informe en %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check Book</source>
        <translation>Comprobar el libro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repaired. The book as it was is in %1.</source>
        <translation>Reparado. El libro tal como estaba está en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book cannot be repaired from here: it is read-only or on a server.</source>
        <translation>Este libro no se puede reparar desde aquí: es de solo lectura o está en un servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
</context>
<context>
    <name>fb::CheckFlow</name>
    <message>
        <location filename="../ui/book/CheckFlow.cpp" line="+41"/>
        <source>The check was cancelled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check Book</source>
        <translation>Comprobar el libro</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is saved in %1.</source>
        <translation>El informe se ha guardado en %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Repair Book</source>
        <translation>Reparar el libro</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 check %2.txt</source>
        <translation>%1 comprobación %2.txt</translation>
    </message>
</context>
<context>
    <name>fb::CheckReport</name>
    <message>
        <location filename="../core/model/CheckReport.cpp" line="+43"/>
        <source>The book</source>
        <translation>El libro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, “%2” (in the trash)</source>
        <translation>%1, «%2» (en la papelera)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, “%2”</source>
        <translation>%1, «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, the record made %2 (in the trash)</source>
        <translation>%1, el registro creado el %2 (en la papelera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the record made %2</source>
        <translation>%1, el registro creado el %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, a record</source>
        <translation>%1, un registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 checked</source>
        <translation>%1 y %2 comprobados</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln form(s)</source>
        <translation>
            <numerusform>%Ln formulario</numerusform>
            <numerusform>%Ln formularios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book is sound: %1.</source>
        <translation>El libro está sano: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln problem(s) found (%1); a repair can mend them.</source>
        <translation>
            <numerusform>%Ln problema encontrado (%1); una reparación puede arreglarlo.</numerusform>
            <numerusform>%Ln problemas encontrados (%1); una reparación puede arreglarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln problem(s) found (%1); a repair can mend %2 of them.</source>
        <translation>
            <numerusform>%Ln problema encontrado (%1); una reparación puede arreglar %2.</numerusform>
            <numerusform>%Ln problemas encontrados (%1); una reparación puede arreglar %2 de ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln problem(s) found (%1).</source>
        <translation>
            <numerusform>%Ln problema encontrado (%1).</numerusform>
            <numerusform>%Ln problemas encontrados (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… y %Ln problema más.</numerusform>
            <numerusform>… y %Ln problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking every page of the book…</source>
        <translation>Comprobando cada página del libro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the links between records…</source>
        <translation>Comprobando los vínculos entre registros…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the forms&apos; tables…</source>
        <translation>Comprobando las tablas de los formularios…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the book and rebuilding its indexes…</source>
        <translation>Haciendo una copia de seguridad del libro y reconstruyendo sus índices…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checking the values: %1 of %Ln record(s)…</source>
        <translation>
            <numerusform>Comprobando los valores: %1 de %Ln registro…</numerusform>
            <numerusform>Comprobando los valores: %1 de %Ln registros…</numerusform>
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
        <translation>Usar el idioma &lt;código&gt; (de, fr, es, ar, en).</translation>
    </message>
    <message>
        <location line="-329"/>
        <location line="+114"/>
        <location line="+84"/>
        <location line="+56"/>
        <location line="+76"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Unknown format “%1”; choose csv, xlsx or json.</source>
        <translation>Formato «%1» desconocido; elija csv, xlsx o json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workbook is written to a file: --out FILE.xlsx.</source>
        <translation>Un libro de Excel se escribe en un archivo: --out ARCHIVO.xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A preset is for CSV; JSON and XLSX have none.</source>
        <translation>Un preajuste es para CSV; JSON y XLSX no tienen.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Replace a book&apos;s records and forms with those of a backup. The book as it is goes into a backup first.</source>
        <translation>Reemplazar los registros y formularios de un libro por los de una copia de seguridad. Antes se hace una copia de seguridad del libro tal como está.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a backup of a book: a copy as it was last saved, made while it may be open in a window.</source>
        <translation>Hacer una copia de seguridad de un libro: una copia tal como se guardó por última vez, aunque esté abierto en una ventana.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>backup</source>
        <translation>copia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The backup to bring back; it is only read.</source>
        <translation>La copia de seguridad que se restaura; solo se lee.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book (a file).</source>
        <translation>El libro (un archivo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[dest]</source>
        <translation>[destino]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the copy goes: a new file, or a folder (default: the book&apos;s backup folder, as set in Preferences).</source>
        <translation>Adónde va la copia: un archivo nuevo o una carpeta (por omisión: la carpeta de copias del libro, según las Preferencias).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name one backup and one book: restore BACKUP BOOK.</source>
        <translation>Indique una copia y un libro: restore COPIA LIBRO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one book, and where its copy goes if not into its backup folder.</source>
        <translation>Indique un libro y, si no va a su carpeta de copias, adónde va la copia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A book on a server is backed up with the server&apos;s own tools (pg_dump); this command takes a book file.</source>
        <translation>Un libro en un servidor se respalda con las herramientas del servidor (pg_dump); esta orden toma un archivo de libro.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check a book: its pages and links (book files), whether every form&apos;s table matches the form, and whether every value meets its field&apos;s rules. The report goes to the standard output.

Exit status: 0 the book is sound, 1 it could not be checked, 2 the command line is wrong, 3 problems were found (and remain).</source>
        <translation>Comprobar un libro: sus páginas y vínculos (archivos de libro), si la tabla de cada formulario coincide con el formulario y si cada valor cumple las reglas de su campo. El informe va a la salida estándar.

Código de salida: 0 el libro está sano, 1 no se pudo comprobar, 2 la línea de órdenes es incorrecta, 3 se encontraron problemas (y siguen).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Bring the form in &lt;file&gt; into the book and quit.</source>
        <translation>Incorporar al libro el formulario de &lt;archivo&gt; y salir.</translation>
    </message>
    <message>
        <location line="-384"/>
        <location line="+48"/>
        <location line="+79"/>
        <location line="+41"/>
        <location line="+218"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Save what can be read of a damaged book into a new book.</source>
        <translation>Guardar lo que se pueda leer de un libro dañado en un libro nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new book to make (a file that does not exist yet).</source>
        <translation>El libro nuevo que se creará (un archivo que aún no existe).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <location line="+115"/>
        <location line="+84"/>
        <location line="+59"/>
        <source>The command.</source>
        <translation>La orden.</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+49"/>
        <location line="+116"/>
        <location line="+85"/>
        <location line="+57"/>
        <location line="+77"/>
        <source>book</source>
        <translation>libro</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>The damaged book; it is only read.</source>
        <translation>El libro dañado; solo se lee.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say where the new book goes: --out FILE.</source>
        <translation>Indique dónde va el libro nuevo: --out ARCHIVO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name one book to salvage.</source>
        <translation>Indique un libro que rescatar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the records of one form as CSV, XLSX or JSON, to a file or the standard output.</source>
        <translation>Escribir los registros de un formulario como CSV, XLSX o JSON, en un archivo o en la salida estándar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>csv (the default), xlsx (an Excel workbook; needs --out) or json (with the form&apos;s definition).</source>
        <translation>csv (predeterminado), xlsx (un libro de Excel; necesita --out) o json (con la definición del formulario).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The form whose records to write.</source>
        <translation>El formulario cuyos registros se escriben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <location line="+19"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For CSV: excel (for a spreadsheet in the interface language: a byte order mark, &quot;;&quot; and decimal commas where the language uses them) or rfc4180 (the default: &quot;,&quot;, CRLF).</source>
        <translation>Para CSV: excel (para una hoja de cálculo en el idioma de la interfaz: una marca de orden de bytes, «;» y comas decimales donde el idioma las usa) o rfc4180 (predeterminado: «,», CRLF).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preset</source>
        <translation>preajuste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (default: the standard output).</source>
        <translation>El archivo que se escribe (predeterminado: la salida estándar).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+116"/>
        <location line="+142"/>
        <source>The book: a file, or a server book as postgresql://user@host:port/database.</source>
        <translation>El libro: un archivo, o un libro de servidor como postgresql://usuario@host:puerto/base.</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+122"/>
        <source>Say which form: --form NAME.</source>
        <translation>Indique el formulario: --form NOMBRE.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Unknown preset “%1”; choose excel or rfc4180.</source>
        <translation>Preajuste «%1» desconocido; elija excel o rfc4180.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--out names a .%1 file, but --format %2 writes .%2 files.</source>
        <translation>--out indica un archivo .%1, pero --format %2 escribe archivos .%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say which file --out writes (or - for the standard output).</source>
        <translation>Indique qué archivo escribe --out (o - para la salida estándar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name one book to export from.</source>
        <translation>Indique un libro del que exportar.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read the rows of a CSV file into a form, in one transaction: all rows or none (unless --good-rows). What is not given is guessed from the file.</source>
        <translation>Leer las filas de un archivo CSV en un formulario, en una sola transacción: todas las filas o ninguna (salvo con --good-rows). Lo que no se indica se deduce del archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form the rows go into.</source>
        <translation>El formulario que recibe las filas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every row as an import would, and change nothing.</source>
        <translation>Comprobar cada fila como lo haría una importación, sin cambiar nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows that cannot go in to this CSV file, with a column saying why.</source>
        <translation>Escribir las filas que no pueden entrar en este archivo CSV, con una columna que dice por qué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the rows that can go in and leave out the others (default: all or none).</source>
        <translation>Importar las filas que pueden entrar y dejar fuera las demás (por omisión: todas o ninguna).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row with a value a record already has in a unique field: stop (the default: the row is a problem), skip (leave the row out) or update (the record takes the row&apos;s values).</source>
        <translation>Una fila con un valor que un registro ya tiene en un campo único: stop (por omisión: la fila es un problema), skip (dejar fuera la fila) o update (el registro toma los valores de la fila).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy</source>
        <translation>política</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s encoding, e.g. UTF-8, UTF-16LE or windows-1252 (default: guessed).</source>
        <translation>La codificación del archivo, p. ej. UTF-8, UTF-16LE o windows-1252 (por omisión: deducida).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The field separator: &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot; (default: guessed).</source>
        <translation>El separador de campos: «,», «;», tab o «|» (por omisión: deducido).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>character</source>
        <translation>carácter</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The character fields are quoted with: &apos;&quot;&apos; (the default), &quot;&apos;&quot; or none.</source>
        <translation>El carácter que encierra los campos: &apos;&quot;&apos; (por omisión), &quot;&apos;&quot; o none.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first row is data: the columns fill the form&apos;s fields in order.</source>
        <translation>La primera fila son datos: las columnas llenan los campos del formulario en orden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out this many lines at the start of the file.</source>
        <translation>Omitir este número de líneas al principio del archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are written with a decimal comma.</source>
        <translation>Los números están escritos con coma decimal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers are written with a decimal point.</source>
        <translation>Los números están escritos con punto decimal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order of dates that are not ISO (2026-01-31): dmy, mdy or ymd (default: the language&apos;s).</source>
        <translation>El orden de las fechas que no son ISO (2026-01-31): dmy, mdy o ymd (por omisión: el del idioma).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSV file to read.</source>
        <translation>El archivo CSV que se lee.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown policy “%1”; choose stop, skip or update.</source>
        <translation>Política «%1» desconocida; elija stop, skip o update.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown date order “%1”; choose dmy, mdy or ymd.</source>
        <translation>Orden de fecha «%1» desconocido; elija dmy, mdy o ymd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown separator “%1”; choose &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>Separador «%1» desconocido; elija «,», «;», tab o «|».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown quote “%1”; choose &apos;&quot;&apos;, &quot;&apos;&quot; or none.</source>
        <translation>Comillas «%1» desconocidas; elija &apos;&quot;&apos;, &quot;&apos;&quot; o none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--skip takes a number of lines.</source>
        <translation>--skip espera un número de líneas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose --decimal-comma or --decimal-point, not both.</source>
        <translation>Elija --decimal-comma o --decimal-point, no ambos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say which file --rejects writes.</source>
        <translation>Indique qué archivo escribe --rejects.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the file to import and the book it goes into.</source>
        <translation>Indique el archivo que importar y el libro que lo recibe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--rejects names the file being imported; name another file.</source>
        <translation>--rejects nombra el archivo que se importa; indique otro archivo.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Repair what can be repaired safely (the indexes), after a backup of the book, then check again.</source>
        <translation>Reparar lo que se puede reparar con seguridad (los índices), tras una copia de seguridad del libro, y comprobar de nuevo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name one book to check.</source>
        <translation>Indique un libro para comprobar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A book on a server is repaired by its server&apos;s administrator; check it without --repair.</source>
        <translation>Un libro en un servidor lo repara el administrador del servidor; compruébelo sin --repair.</translation>
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
        <translation>Rellenar formularios en una base de datos.

Órdenes que funcionan sin ventana (fieldbook ORDEN --help dice más):
  backup   hacer una copia de seguridad de un libro
  check    buscar daños y valores que incumplan sus reglas
  export   escribir los registros de un formulario como CSV, XLSX o JSON
  import   leer las filas de un archivo CSV en un formulario
  restore  devolver un libro a una copia de seguridad
  salvage  guardar lo que se pueda leer de un libro dañado en uno nuevo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The book to open (default: %1).</source>
        <translation>El libro que se abrirá (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a command; name one book, or a command (backup, check, export, import, restore, salvage).</source>
        <translation>«%1» no es una orden; indique un libro o una orden (backup, check, export, import, restore, salvage).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is neither a command nor a book file (a new book&apos;s name ends in .fieldbook).</source>
        <translation>«%1» no es ni una orden ni un archivo de libro (el nombre de un libro nuevo termina en .fieldbook).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+39"/>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>Idioma desconocido «%1»; elija uno de estos: %2.</translation>
    </message>
</context>
<context>
    <name>fb::ConflictDialog</name>
    <message>
        <location filename="../ui/records/ConflictDialog.cpp" line="+92"/>
        <source>Someone Else Changed This Record</source>
        <translation>Otra persona ha modificado este registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record was changed and saved elsewhere while you were editing it. For each field that differs, choose which value to save.</source>
        <translation>Este registro se ha modificado y guardado en otro lugar mientras lo editaba. Para cada campo que difiere, elija qué valor desea guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Mine&lt;/b&gt;</source>
        <comment>the values typed in this window</comment>
        <translation>&lt;b&gt;Mis valores&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <comment>the values saved elsewhere</comment>
        <translation>&lt;b&gt;Valores guardados&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep All &amp;Mine</source>
        <translation>Conservar todos los &amp;míos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take All &amp;Theirs</source>
        <translation>&amp;Usar todos los guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Merged Record</source>
        <translation>&amp;Guardar registro combinado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep mine: %1</source>
        <translation>Conservar el mío: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs: %1</source>
        <translation>Usar el guardado: %1</translation>
    </message>
</context>
<context>
    <name>fb::CsvRecordFeed</name>
    <message>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="+24"/>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>fb::DbError</name>
    <message>
        <location filename="../core/storage/BookConnection.cpp" line="+269"/>
        <source>Cannot create a book at “%1”.</source>
        <translation>No se puede crear un libro en «%1».</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Cannot open the book “%1”.</source>
        <translation>No se puede abrir el libro «%1».</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cannot connect to the server: %1</source>
        <translation>No se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+79"/>
        <source>“%1” is damaged or is not a database. It was left untouched.</source>
        <translation>«%1» está dañado o no es una base de datos. No se ha modificado.</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>“%1” is an empty file, not a Fieldbook book. It was left untouched.</source>
        <translation>«%1» es un archivo vacío, no un libro de Fieldbook. No se ha modificado.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Cannot create a book at “%1”: “%2” is a file, not a folder.</source>
        <translation>No se puede crear un libro en «%1»: «%2» es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create a book at “%1”: you may not write in the folder “%2”.</source>
        <translation>No se puede crear un libro en «%1»: no tiene permiso para escribir en la carpeta «%2».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fieldbook may not open “%1”: the file or its folder does not give you permission. It was left untouched.</source>
        <translation>Fieldbook no puede abrir «%1»: el archivo o su carpeta no le conceden permiso. No se ha modificado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The disk that holds “%1” is full, so the book cannot be opened. Free some space and open it again.</source>
        <translation>El disco que contiene «%1» está lleno, por lo que no se puede abrir el libro. Libere espacio y vuelva a abrirlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be read from the disk (an input/output error). It was left untouched.</source>
        <translation>No se ha podido leer «%1» del disco (error de entrada/salida). No se ha modificado.</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+24"/>
        <source>“%1” is a database but not a Fieldbook book. It was left untouched.</source>
        <translation>«%1» es una base de datos, pero no un libro de Fieldbook. No se ha modificado.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>“%1” is empty and read-only, so it cannot become a book.</source>
        <translation>«%1» está vacío y es de solo lectura, por lo que no puede convertirse en un libro.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” was made by a newer Fieldbook (book format %2; this one reads up to %3). It was left untouched.</source>
        <translation>«%1» se creó con una versión más reciente de Fieldbook (formato de libro %2; esta versión lee hasta el %3). No se ha modificado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” needs an upgrade but is read-only.</source>
        <translation>«%1» necesita actualizarse, pero es de solo lectura.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The book “%1” cannot use write-ahead logging here.</source>
        <translation>El libro «%1» no puede usar aquí el registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <location filename="../core/link/Database.cpp" line="+15"/>
        <source>The book is closing.</source>
        <translation>El libro se está cerrando.</translation>
    </message>
    <message>
        <location filename="../core/link/DbWorker.cpp" line="+53"/>
        <source>The book is not open.</source>
        <translation>El libro no está abierto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected stopped this request; nothing of it was saved. The log has the details.</source>
        <translation>Algo inesperado ha detenido esta solicitud; no se ha guardado nada de ella. El archivo de registro contiene los detalles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form %1 does not exist.</source>
        <translation>El formulario %1 no existe.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>The server is away; the change is kept and will be saved when the book is opened again.</source>
        <translation>El servidor no está disponible; el cambio se conserva y se guardará cuando se vuelva a abrir el libro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server is away; this change was not made.</source>
        <translation>El servidor no está disponible; este cambio no se hizo.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>The book file is damaged, so it was opened read-only; nothing was saved.</source>
        <translation>El archivo del libro está dañado, por lo que se ha abierto en modo de solo lectura; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book is read-only; nothing was saved.</source>
        <translation>El libro es de solo lectura; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The change would leave references pointing nowhere; nothing was changed.</source>
        <translation>El cambio dejaría referencias que no apuntan a nada; no se ha modificado nada.</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>A read was sent as a write.</source>
        <translation>Se envió una lectura como escritura.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A book on a server is backed up with the server&apos;s own tools (pg_dump); see the handbook.</source>
        <translation>Un libro en un servidor se respalda con las herramientas del servidor (pg_dump); vea el manual.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The book is read-only; nothing was restored.</source>
        <translation>El libro es de solo lectura; no se restauró nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The book could not be backed up first, so it was not restored: %1</source>
        <translation>No se pudo hacer antes una copia de seguridad del libro, así que no se restauró: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A book on a server is repaired by its server&apos;s administrator (REINDEX); nothing was changed.</source>
        <translation>Un libro en un servidor lo repara el administrador del servidor (REINDEX); no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The book is read-only; nothing was repaired.</source>
        <translation>El libro es de solo lectura; no se ha reparado nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The book could not be backed up first, so it was not repaired: %1</source>
        <translation>No se pudo hacer antes una copia de seguridad del libro, así que no se ha reparado: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another program is writing to the book, so it was not repaired. Try again once it has finished.</source>
        <translation>Otro programa está escribiendo en el libro, así que no se ha reparado. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A write was sent as a read.</source>
        <translation>Se envió una escritura como lectura.</translation>
    </message>
    <message>
        <location filename="../core/formats/FormJson.cpp" line="+130"/>
        <source>A field in the form file has no label.</source>
        <translation>Un campo del archivo de formulario no tiene etiqueta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field %1 has an unknown type “%2”.</source>
        <translation>El campo %1 tiene un tipo desconocido: «%2».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The maximum length of %1 must be a whole number from 0 to %2.</source>
        <translation>La longitud máxima de %1 debe ser un número entero de 0 a %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decimal places of %1 must be a whole number from 0 to %2.</source>
        <translation>Los decimales de %1 deben ser un número entero de 0 a %2.</translation>
    </message>
    <message>
        <location filename="../core/model/FormRules.cpp" line="+98"/>
        <source>Field %1 has a rule that does not fit its type.</source>
        <translation>El campo %1 tiene una regla que no corresponde a su tipo.</translation>
    </message>
    <message>
        <location filename="../core/formats/FormJson.cpp" line="+34"/>
        <source>Field %1 refers to the form “%2”, which this book does not have.</source>
        <translation>El campo %1 hace referencia al formulario «%2», que no existe en este libro.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The form file is damaged: %1 (at byte %2).</source>
        <translation>El archivo de formulario está dañado: %1 (en el byte %2).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The file is larger than %1 MB, more than any form file; it is not a form.</source>
        <translation>El archivo ocupa más de %1 MB, más que cualquier archivo de formulario; no es un formulario.</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+9"/>
        <source>This is not a Fieldbook form file.</source>
        <translation>Este no es un archivo de formulario de Fieldbook.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>In field %1, “%2” must be true or false.</source>
        <translation>En el campo %1, «%2» debe ser true o false.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In field %1, “%2” must be a text.</source>
        <translation>En el campo %1, «%2» debe ser un texto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field %1 cannot have “%2”: that rule is for fields of another type.</source>
        <translation>El campo %1 no puede tener «%2»: esa regla es para campos de otro tipo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The default of %1 is not a value a field of its type can hold.</source>
        <translation>El valor predeterminado de %1 no es un valor que pueda contener un campo de su tipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minimum of %1 is not a value a field of its type can hold.</source>
        <translation>El mínimo de %1 no es un valor que pueda contener un campo de su tipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maximum of %1 is not a value a field of its type can hold.</source>
        <translation>El máximo de %1 no es un valor que pueda contener un campo de su tipo.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The form file has format version %1; this Fieldbook reads up to %2.</source>
        <translation>El archivo de formulario tiene la versión de formato %1; esta versión de Fieldbook lee hasta la %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The form in the file has no name.</source>
        <translation>El formulario del archivo no tiene nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form in the file has %1 fields; a form has at most %2.</source>
        <translation>El formulario del archivo tiene %1 campos; un formulario tiene como máximo %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The form in the file has no fields.</source>
        <translation>El formulario del archivo no tiene campos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/FormSchemaChange.cpp" line="+122"/>
        <source>%1 cannot change this way: %n record(s) have values that do not fit.</source>
        <translation>
            <numerusform>%1 no se puede modificar de esta forma: %n registro tiene valores que no encajan.</numerusform>
            <numerusform>%1 no se puede modificar de esta forma: %n registros tienen valores que no encajan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 cannot change this way: %n record(s) have values that do not fit (%2).</source>
        <translation>
            <numerusform>%1 no se puede modificar de esta forma: %n registro tiene valores que no encajan (%2).</numerusform>
            <numerusform>%1 no se puede modificar de esta forma: %n registros tienen valores que no encajan (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 cannot be deleted: the form %2 refers to it.</source>
        <translation>%1 no se puede eliminar: el formulario %2 hace referencia a él.</translation>
    </message>
    <message>
        <location filename="../core/model/FormRules.cpp" line="-63"/>
        <location line="+101"/>
        <source>%1 has texts in more than %2 languages.</source>
        <translation>%1 tiene textos en más de %2 idiomas.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>%1 has a text in the language “%2” that cannot be used (a language code such as “de”, and at most %3 characters).</source>
        <translation>%1 tiene un texto en el idioma «%2», que no se puede usar (debe ser un código de idioma como «de», de %3 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 needs between 1 and %2 choices.</source>
        <translation>%1 necesita entre 1 y %2 opciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a choice that is empty, longer than %2 characters or holds a character that cannot be stored.</source>
        <translation>%1 tiene una opción vacía, de más de %2 caracteres o con un carácter que no se puede almacenar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 offers the choice “%2” twice.</source>
        <translation>%1 ofrece dos veces la opción «%2».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The maximum length of %1 must be 0 to %2.</source>
        <translation>La longitud máxima de %1 debe estar entre 0 y %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decimal places of %1 must be 0 to %2.</source>
        <translation>Los decimales de %1 deben estar entre 0 y %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pattern of %1 is not a valid regular expression of at most %2 characters.</source>
        <translation>El patrón de %1 no es una expresión regular válida de %2 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The minimum of %1 is above its maximum.</source>
        <translation>El mínimo de %1 es mayor que su máximo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The default of %1 breaks its own rules.</source>
        <translation>El valor predeterminado de %1 incumple sus propias reglas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every field needs a label of at most %1 characters (“%2” cannot be used).</source>
        <translation>Cada campo necesita una etiqueta de %1 caracteres como máximo («%2» no se puede usar).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The help text of %1 must be at most %2 characters.</source>
        <translation>El texto de ayuda de %1 debe tener como máximo %2 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/storage/FormStore.cpp" line="+197"/>
        <source>%1 refers to a form that does not exist.</source>
        <translation>%1 hace referencia a un formulario que no existe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A form needs a name of at most %1 characters.</source>
        <translation>Un formulario necesita un nombre de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The form&apos;s language must be a code such as “en”.</source>
        <translation>El idioma del formulario debe ser un código como «en».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A form has between 1 and %1 fields.</source>
        <translation>Un formulario tiene entre 1 y %1 campos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The book already has a form named “%1”; give this one another name.</source>
        <translation>El libro ya tiene un formulario llamado «%1»; dé otro nombre a este.</translation>
    </message>
    <message>
        <location filename="../core/link/OfflineJournal.cpp" line="+57"/>
        <source>Unsaved changes could not be kept in “%1”.</source>
        <translation>No se han podido conservar los cambios sin guardar en «%1».</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordStore.cpp" line="+15"/>
        <source>This record no longer exists: someone deleted it meanwhile.</source>
        <translation>Este registro ya no existe: otra persona lo ha eliminado entretanto.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 refers to a record that does not exist (any more).</source>
        <translation>%1 hace referencia a un registro que no existe (o que ya no existe).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Someone else changed this record (now version %1; yours was based on %2).</source>
        <translation>Otra persona ha modificado este registro (ahora es la versión %1; la suya se basaba en la %2).</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="+53"/>
        <source>%1 must be unique: another record already has this value.</source>
        <translation>%1 debe ser único: otro registro ya tiene este valor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record repeats a value that must be unique.</source>
        <translation>Este registro repite un valor que debe ser único.</translation>
    </message>
    <message>
        <location filename="../core/model/Validator.cpp" line="+242"/>
        <location filename="../core/storage/SqlErrors.cpp" line="+4"/>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="+5"/>
        <source>A referenced record does not exist or is still referred to.</source>
        <translation>Un registro referenciado no existe o todavía tiene referencias.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 breaks a rule of this form.</source>
        <translation>%1 incumple una regla de este formulario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record breaks a rule of this form.</source>
        <translation>El registro incumple una regla de este formulario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This took too long, so it was stopped.</source>
        <translation>Esto tardó demasiado y se detuvo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+53"/>
        <source>The book is busy; trying again.</source>
        <translation>El libro está ocupado; se está volviendo a intentar.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The book is read-only.</source>
        <translation>El libro es de solo lectura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full; nothing was saved. Free some space and save again.</source>
        <translation>El disco está lleno; no se ha guardado nada. Libere espacio y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book file is damaged: some of its records cannot be read.</source>
        <translation>El archivo del libro está dañado: algunos de sus registros no se pueden leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book file is damaged or is not a book.</source>
        <translation>El archivo del libro está dañado o no es un libro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book file could not be read or written.</source>
        <translation>No se ha podido leer o escribir el archivo del libro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>A value is too large for the book.</source>
        <translation>Un valor es demasiado grande para el libro.</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+38"/>
        <location filename="../core/storage/StatementClock.cpp" line="+44"/>
        <source>The database reported an error.</source>
        <translation>La base de datos ha notificado un error.</translation>
    </message>
    <message>
        <location filename="../core/storage/PostgresCopy.cpp" line="+62"/>
        <source>The server refused a row of the import: %1</source>
        <translation>El servidor rechazó una fila de la importación: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server gave no ids for the import.</source>
        <translation>El servidor no dio identificadores para la importación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s connection is not at hand.</source>
        <translation>La conexión con el servidor no está disponible.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../core/storage/SqlErrors.cpp" line="-30"/>
        <location line="+45"/>
        <location filename="../core/storage/SqlRun.cpp" line="+12"/>
        <source>The connection to the server was lost.</source>
        <translation>Se ha perdido la conexión con el servidor.</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlErrors.cpp" line="-36"/>
        <source>You may read this book but not change it.</source>
        <translation>Puede leer este libro, pero no modificarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A value is out of the range the book can store.</source>
        <translation>Un valor está fuera del intervalo que el libro puede almacenar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server&apos;s disk is full; nothing was saved.</source>
        <translation>El disco del servidor está lleno; no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../core/model/Validator.cpp" line="-200"/>
        <source>%1 must be a single line.</source>
        <translation>%1 debe ocupar una sola línea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be at most %2 characters.</source>
        <translation>%1 debe tener como máximo %2 caracteres.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 contains a character that cannot be stored.</source>
        <translation>%1 contiene un carácter que no se puede almacenar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+93"/>
        <location line="+9"/>
        <source>%1 must be at least %2.</source>
        <translation>%1 debe ser como mínimo %2.</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+94"/>
        <location line="+9"/>
        <source>%1 must be at most %2.</source>
        <translation>%1 debe ser como máximo %2.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a number with at most %2 decimal places.</source>
        <translation>%1 debe ser un número con %2 decimales como máximo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must have at most %2 digits before the point.</source>
        <translation>%1 debe tener como máximo %2 dígitos antes del separador decimal.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1 does not have the expected form.</source>
        <translation>%1 no tiene el formato esperado.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: «%2» no es una de las opciones.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 must be a valid date.</source>
        <translation>%1 debe ser una fecha válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a valid time.</source>
        <translation>%1 debe ser una hora válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a valid date and time.</source>
        <translation>%1 debe ser una fecha y hora válidas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be yes or no.</source>
        <translation>%1 debe ser sí o no.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must refer to a record.</source>
        <translation>%1 debe hacer referencia a un registro.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The form has no field “%1”.</source>
        <translation>El formulario no tiene ningún campo «%1».</translation>
    </message>
    <message>
        <location filename="../core/tasks/BookCopier.cpp" line="-192"/>
        <source>%1 already exists. What is saved from a damaged book goes into a new file, never over another.</source>
        <translation>%1 ya existe. Lo que se guarda de un libro dañado va a un archivo nuevo, nunca sobre otro.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The book %1 cannot be changed.</source>
        <translation>El libro %1 no se puede modificar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The book %1 already has forms. A book is copied only into an empty book, so that nothing there is mixed or overwritten.</source>
        <translation>El libro %1 ya tiene formularios. Un libro solo se copia en un libro vacío, para que no se mezcle ni se sobrescriba nada de su contenido.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>The salvage was stopped; the new book was removed.</source>
        <translation>El rescate se ha detenido; se ha eliminado el libro nuevo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+148"/>
        <source>The book being copied closed.</source>
        <translation>El libro que se estaba copiando se ha cerrado.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>The copy was stopped; the target book has only part of the records.</source>
        <translation>Se ha detenido la copia; el libro de destino solo contiene una parte de los registros.</translation>
    </message>
    <message>
        <location filename="../core/model/FormTexts.cpp" line="+57"/>
        <source>The choice names of %1 in the language “%2” do not match its choices (names: %3, choices: %4). Give one name for each choice, in the same order.</source>
        <translation>Los nombres de las opciones de %1 en el idioma «%2» no se corresponden con sus opciones (nombres: %3; opciones: %4). Indique un nombre para cada opción, en el mismo orden.</translation>
    </message>
    <message>
        <location filename="../core/storage/FormStore.cpp" line="-77"/>
        <source>The form “%1” in this book cannot be used: %2</source>
        <translation>El formulario «%1» de este libro no se puede usar: %2</translation>
    </message>
    <message>
        <location filename="../ui/records/SaveRecordCommand.cpp" line="+90"/>
        <source>Not undone: someone else changed %1 since; their values stay.</source>
        <translation>No se ha deshecho: otra persona ha modificado %1 desde entonces; sus valores se mantienen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not redone: someone else changed %1 since; their values stay.</source>
        <translation>No se ha rehecho: otra persona ha modificado %1 desde entonces; sus valores se mantienen.</translation>
    </message>
    <message>
        <location filename="../ui/records/RecordController.cpp" line="+322"/>
        <source>someone else changed %1 in this record since; their value stays</source>
        <translation>otra persona ha cambiado %1 en este registro entretanto; se mantiene su valor</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/StatementClock.cpp" line="+20"/>
        <source>This took longer than %n second(s), so it was stopped; nothing was changed.</source>
        <translation>
            <numerusform>Esto tardó más de %n segundo y se detuvo; no se cambió nada.</numerusform>
            <numerusform>Esto tardó más de %n segundos y se detuvo; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/tasks/RecordExportTask.cpp" line="+31"/>
        <source>The book closed before the export ended.</source>
        <translation>El libro se cerró antes de que terminara la exportación.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a folder; give the name of a file.</source>
        <translation>%1 es una carpeta; indique el nombre de un archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no folder %1 to write %2 in.</source>
        <translation>No existe la carpeta %1 en la que escribir %2.</translation>
    </message>
    <message>
        <location filename="../core/formats/XlsxExport.cpp" line="+69"/>
        <source>The workbook cannot be written (%1).</source>
        <translation>No se puede escribir el libro de Excel (%1).</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Record %1 holds more text in %2 than a spreadsheet cell can (%3 characters); export it as CSV or JSON.</source>
        <translation>El registro %1 contiene en %2 más texto del que cabe en una celda de hoja de cálculo (%3 caracteres); expórtelo como CSV o JSON.</translation>
    </message>
    <message>
        <location filename="../core/formats/RecordExport.cpp" line="+17"/>
        <source>%1 cannot be written (%2).</source>
        <translation>No se puede escribir %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/tasks/RecordExportTask.cpp" line="+37"/>
        <source>The export cannot be written (%1).</source>
        <translation>No se puede escribir la exportación (%1).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The export was stopped.</source>
        <translation>Se detuvo la exportación.</translation>
    </message>
    <message>
        <location filename="../core/formats/ImportSource.cpp" line="+112"/>
        <source>A quote opened on line %1 is never closed; nothing after it can be read.</source>
        <translation>Unas comillas abiertas en la línea %1 no se cierran nunca; no se puede leer nada después.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field starting on line %1 is longer than 1,048,576 characters; a quote may be missing before it.</source>
        <translation>El campo que empieza en la línea %1 tiene más de 1.048.576 caracteres; quizá falten unas comillas antes.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is not a CSV file: it holds bytes no text has (NUL).</source>
        <translation>No es un archivo CSV: contiene bytes que ningún texto tiene (NUL).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fieldbook does not know the encoding “%1”.</source>
        <translation>Fieldbook no conoce la codificación «%1».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is not in the encoding %1: bytes near byte %2 are not text in it. Choose the encoding the file was saved in.</source>
        <translation>El archivo no está en la codificación %1: los bytes cerca del byte %2 no son texto en ella. Elija la codificación con la que se guardó el archivo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file holds a NUL character near byte %1: it is not a CSV file, or not in the encoding %2.</source>
        <translation>El archivo contiene un carácter NUL cerca del byte %1: no es un archivo CSV o no está en la codificación %2.</translation>
    </message>
    <message>
        <location filename="../core/formats/ValueReading.cpp" line="+151"/>
        <source>Not a whole number.</source>
        <translation>No es un número entero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A whole number too large to keep.</source>
        <translation>Un número entero demasiado grande para guardarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a number.</source>
        <translation>No es un número.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More decimal places than the field keeps (%1).</source>
        <translation>Más decimales de los que guarda el campo (%1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not a date; dates are read as 2026-01-31 or 01/31/2026.</source>
        <translation>No es una fecha; las fechas se leen como 2026-01-31 o 01/31/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date; dates are read as 2026-01-31 or 31.01.2026.</source>
        <translation>No es una fecha; las fechas se leen como 2026-01-31 o 31.01.2026.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not a time; times are read as 14:30.</source>
        <translation>No es una hora; las horas se leen como 14:30.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not a date and time; they are read as 2026-01-31 14:30 (local time).</source>
        <translation>No es una fecha y hora; se leen como 2026-01-31 14:30 (hora local).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yes or no.</source>
        <translation>Ni sí ni no.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not one of the choices: %1.</source>
        <translation>No es ninguna de las opciones: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not one of the choices: %2.</source>
        <translation>«%1» no es ninguna de las opciones: %2.</translation>
    </message>
    <message>
        <location filename="../core/storage/RecordImporter.cpp" line="+75"/>
        <source>The form it refers to has no records.</source>
        <translation>El formulario al que remite no tiene registros.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Several records are called so; the row cannot say which one it means.</source>
        <translation>Varios registros se llaman así; la fila no puede decir a cuál se refiere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record called so is in the trash.</source>
        <translation>El registro con ese nombre está en la papelera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No record is called so.</source>
        <translation>Ningún registro se llama así.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>A record in the trash has this value; restore it or empty the trash first.</source>
        <translation>Un registro de la papelera tiene este valor; restáurelo o vacíe antes la papelera.</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>The import was stopped; nothing was imported.</source>
        <translation>La importación se detuvo; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../core/tasks/CsvImport.cpp" line="+19"/>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="-29"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo %1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../core/tasks/CsvRecordFeed.cpp" line="+59"/>
        <source>The row has more fields than the file has columns (%1).</source>
        <translation>La fila tiene más campos que columnas tiene el archivo (%1).</translation>
    </message>
    <message>
        <location filename="../core/storage/BookBackup.cpp" line="+60"/>
        <source>The backup was cancelled; nothing was changed.</source>
        <translation>La copia se canceló; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk that holds “%1” is full; the copy was not made. The book is unchanged.</source>
        <translation>El disco que contiene «%1» está lleno; la copia no se hizo. El libro no ha cambiado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be written (permission, or no such folder); the copy was not made.</source>
        <translation>«%1» no se puede escribir (permisos, o no existe la carpeta); la copia no se hizo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another program kept “%1” locked for 30 seconds; nothing was copied. Try again when it is done.</source>
        <translation>Otro programa mantuvo «%1» bloqueado durante 30 segundos; no se copió nada. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy to “%1” failed; the book is unchanged.</source>
        <translation>La copia a «%1» falló; el libro no ha cambiado.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Only a book in a file is backed up this way.</source>
        <translation>Solo un libro en un archivo se respalda así.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is the book itself; a copy goes into another file.</source>
        <translation>«%1» es el propio libro; una copia va a otro archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” exists already; a copy never goes over another file.</source>
        <translation>«%1» ya existe; una copia nunca sobrescribe otro archivo.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The backup folder “%1” cannot be made; no backup was made.</source>
        <translation>No se puede crear la carpeta de copias «%1»; no se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” cannot be read as a book; nothing was changed.</source>
        <translation>«%1» no se puede leer como libro; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup “%1” is damaged; nothing was changed.</source>
        <translation>La copia de seguridad «%1» está dañada; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” cannot be restored: %2 Nothing was changed.</source>
        <translation>«%1» no se puede restaurar: %2 No se cambió nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a book in a file is restored this way.</source>
        <translation>Solo un libro en un archivo se restaura así.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no backup at “%1”; nothing was changed.</source>
        <translation>No hay ninguna copia de seguridad en «%1»; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is the book itself; nothing was changed.</source>
        <translation>«%1» es el propio libro; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/storage/BookCheck.cpp" line="+34"/>
        <source>The check was cancelled before its end.</source>
        <translation>La comprobación se canceló antes de terminar.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A part of the book file is damaged (%1). Save what can be read into a new book: Save What Can Be Read… on the window&apos;s banner, or fieldbook salvage.</source>
        <translation>Una parte del archivo del libro está dañada (%1). Guarde lo que se pueda leer en un libro nuevo: «Guardar lo que se pueda leer…» en el aviso de la ventana, o fieldbook salvage.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>An index does not match the records it sorts, so lists and searches may miss some; a repair rebuilds it.</source>
        <translation>Un índice no coincide con los registros que ordena, así que listas y búsquedas pueden omitir algunos; una reparación lo reconstruye.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The book&apos;s own record of its forms and fields does not hold together (another program changed it).</source>
        <translation>El registro propio del libro sobre sus formularios y campos no es coherente (otro programa lo cambió).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It refers to a record of “%1” that is not there.</source>
        <translation>Hace referencia a un registro de «%1» que no existe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The form&apos;s table “%1” is missing: its records cannot be read.</source>
        <translation>Falta la tabla «%1» del formulario: sus registros no se pueden leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The form&apos;s table lacks the column “%1” that every form&apos;s table has.</source>
        <translation>A la tabla del formulario le falta la columna «%1» que tiene la tabla de todo formulario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form&apos;s table has no column for this field (“%1”): its values cannot be read.</source>
        <translation>La tabla del formulario no tiene columna para este campo («%1»): sus valores no se pueden leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The form&apos;s table has a column “%1” that no field of the form uses (another program added it).</source>
        <translation>La tabla del formulario tiene una columna «%1» que no usa ningún campo del formulario (la añadió otro programa).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An index is missing, so lists sorted this way are slow; a repair makes it again.</source>
        <translation>Falta un índice, así que las listas ordenadas así son lentas; una reparación lo vuelve a crear.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An index is not made as the form says (another program changed it); a repair makes it again.</source>
        <translation>Un índice no está hecho como dice el formulario (otro programa lo cambió); una reparación lo vuelve a crear.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The stored value “%1” is not a value of this field&apos;s type.</source>
        <translation>El valor guardado «%1» no es un valor del tipo de este campo.</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
</context>
<context>
    <name>fb::EmptyBookPanel</name>
    <message>
        <location filename="../ui/window/EmptyBookPanel.cpp" line="+74"/>
        <source>No book is open</source>
        <translation>No hay ningún libro abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A book holds your forms and their records. Open a book, or create a new one to start; File → Recent Books lists the books used lately.</source>
        <translation>Un libro contiene sus formularios y sus registros. Abra un libro o cree uno nuevo para empezar; Archivo → Libros recientes muestra los libros usados últimamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book has no forms yet</source>
        <translation>Este libro aún no tiene formularios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A form says which fields each record has. Create one to start entering records, or open another book that has some.</source>
        <translation>Un formulario indica qué campos tiene cada registro. Cree uno para empezar a introducir registros o abra otro libro que tenga formularios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Form…</source>
        <translation>&amp;Nuevo formulario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Book…</source>
        <translation>Nuevo li&amp;bro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Book…</source>
        <translation>Abrir &amp;libro…</translation>
    </message>
</context>
<context>
    <name>fb::ExistingBook</name>
    <message>
        <location filename="../app/ExistingBook.cpp" line="+48"/>
        <source>No backup could be made before the change: %1</source>
        <translation>No se pudo hacer una copia de seguridad antes del cambio: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: there is no book file here.</source>
        <translation>%1: aquí no hay ningún archivo de libro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no forms.</source>
        <translation>%1 no tiene formularios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no form “%2”; it has: %3.</source>
        <translation>%1 no tiene ningún formulario «%2»; tiene: %3.</translation>
    </message>
</context>
<context>
    <name>fb::ExportCommand</name>
    <message>
        <location filename="../app/ExportCommand.cpp" line="+64"/>
        <source>%1: %2 Nothing was written.</source>
        <translation>%1: %2 No se escribió nada.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The standard output cannot be written: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln registro escrito en %1.</numerusform>
            <numerusform>%Ln registros escritos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ExportDialog</name>
    <message>
        <location filename="../ui/exchange/ExportDialog.cpp" line="+108"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV for a spreadsheet (Excel, %1)</source>
        <extracomment>%1 is the interface language&apos;s name, e.g. &quot;English&quot;.</extracomment>
        <translation>CSV para una hoja de cálculo (Excel, %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX), typed cells</source>
        <translation>Libro de Excel (XLSX), celdas con tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for other programs (RFC 4180)</source>
        <translation>CSV para otros programas (RFC 4180)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, with the form’s definition</source>
        <translation>JSON, con la definición del formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %Ln record(s) the table &amp;shows, in its order</source>
        <translation>
            <numerusform>El %Ln registro que &amp;muestra la tabla</numerusform>
            <numerusform>Los %Ln registros que &amp;muestra la tabla, en su orden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All records of the form, without the search and filter</source>
        <translation>&amp;Todos los registros del formulario, sin la búsqueda ni el filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>Arch&amp;ivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a folder. Give the name of a file to write, in that folder or another.</source>
        <translation>%1 es una carpeta. Indique el nombre de un archivo que escribir, en esa carpeta o en otra.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file’s name ends in .%1, but the format chosen writes .%2 files; another program would take it for the wrong kind.</source>
        <translation>El nombre del archivo termina en .%1, pero el formato elegido escribe archivos .%2; otro programa lo tomaría por un archivo de otro tipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name It .%1</source>
        <translation>&amp;Llamarlo .%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 exists. Replace it with the export?</source>
        <translation>%1 ya existe. ¿Reemplazarlo con la exportación?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
</context>
<context>
    <name>fb::ExportFlow</name>
    <message>
        <location filename="../ui/exchange/ExportFlow.cpp" line="+125"/>
        <source>Exporting %1 to %2…</source>
        <translation>Exportando %1 a %2…</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>%Ln record(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln registro exportado a %1.</numerusform>
            <numerusform>%Ln registros exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was stopped; %1 is as it was.</source>
        <translation>Se detuvo la exportación; %1 sigue como estaba.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was exported. %1</source>
        <translation>No se exportó nada. %1</translation>
    </message>
</context>
<context>
    <name>fb::FieldPropertiesEditor</name>
    <message>
        <location filename="../ui/designer/FieldPropertiesEditor.cpp" line="+109"/>
        <source>Text</source>
        <comment>field type</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long text</source>
        <translation>Texto largo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal number</source>
        <translation>Número decimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <comment>field type</comment>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <comment>field type</comment>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/no</source>
        <translation>Sí/no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One choice</source>
        <translation>Una opción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several choices</source>
        <translation>Varias opciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record of another form</source>
        <translation>Registro de otro formulario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;quired:</source>
        <translation>Obli&amp;gatorio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum len&amp;gth:</source>
        <translation>Tama&amp;ño máximo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pa&amp;ttern:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique:</source>
        <translation>Único:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum:</source>
        <translation>&amp;Mínimo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ma&amp;ximum:</source>
        <translation>Má&amp;ximo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decimal &amp;places:</source>
        <translation>&amp;Decimales:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help:</source>
        <translation>A&amp;yuda:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ch&amp;oices:</source>
        <translation>&amp;Opciones:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lin&amp;ks to:</source>
        <translation>&amp;Hace referencia a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default:</source>
        <translation>&amp;Valor predeterminado:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A value must be given</source>
        <translation>Se debe indicar un valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two records may have the same value</source>
        <translation>Dos registros no pueden tener el mismo valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A regular expression</source>
        <translation>Una expresión regular</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A regular expression the whole text must match</source>
        <translation>Una expresión regular con la que debe coincidir todo el texto</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>One choice per line</source>
        <translation>Una opción por línea</translation>
    </message>
</context>
<context>
    <name>fb::FileDialogs</name>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="+20"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>fb::FilterBar</name>
    <message>
        <location filename="../ui/records/FilterBar.cpp" line="+41"/>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;tro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match all</source>
        <comment>filter conditions</comment>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match any</source>
        <comment>filter conditions</comment>
        <translation>Alguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records that meet</source>
        <translation>Registros que cumplen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records that meet all of the conditions, or any one of them</source>
        <translation>Registros que cumplen todas las condiciones o alguna de ellas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add Co&amp;ndition</source>
        <translation>+ Añadir co&amp;ndición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another condition</source>
        <translation>Añadir otra condición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all records again</source>
        <translation>Volver a mostrar todos los registros</translation>
    </message>
</context>
<context>
    <name>fb::FilterConditionRow</name>
    <message>
        <location filename="../ui/records/FilterConditionRow.cpp" line="+21"/>
        <source>contains</source>
        <comment>filter condition</comment>
        <translation>contiene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is</source>
        <comment>filter condition</comment>
        <translation>es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at least</source>
        <comment>filter condition</comment>
        <translation>es como mínimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is at most</source>
        <comment>filter condition</comment>
        <translation>es como máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty</source>
        <comment>filter condition</comment>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not empty</source>
        <comment>filter condition</comment>
        <translation>no está vacío</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Filter field</source>
        <translation>Campo del filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter condition</source>
        <translation>Condición del filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter value</source>
        <translation>Valor del filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value, then Enter</source>
        <translation>Valor y, después, Intro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove condition</source>
        <translation>Quitar condición</translation>
    </message>
</context>
<context>
    <name>fb::FormDesignerDialog</name>
    <message>
        <location filename="../ui/designer/FormDesignerDialog.cpp" line="+240"/>
        <source>New Form</source>
        <translation>Nuevo formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design Form — %1</source>
        <translation>Diseñar formulario — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;exts in:</source>
        <translation>&amp;Textos en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the name, labels, help and choices shown below. Texts not given in a language show the default ones.</source>
        <translation>El idioma del nombre, las etiquetas, la ayuda y las opciones que se muestran abajo. Los textos que no se hayan indicado en un idioma se muestran con los predeterminados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start from:</source>
        <translation>E&amp;jemplo de inicio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blank form</source>
        <translation>Un formulario en blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <comment>how the form will look</comment>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>&amp;Create Form</source>
        <translation>&amp;Crear formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form files make new forms: use Form → New Form…</source>
        <translation>Los archivos de formulario crean formularios nuevos: use Formulario → Nuevo formulario…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Default texts</source>
        <translation>Textos predeterminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (default)</source>
        <comment>the form&apos;s default language</comment>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Records are named &amp;by:</source>
        <translation>Utili&amp;zar como nombre de registro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fields:</source>
        <comment>the fields of the form being designed</comment>
        <translation>Campos del form&amp;ulario:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expo&amp;rt…</source>
        <translation>Expo&amp;rtar…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+59"/>
        <source>Apply &amp;Changes</source>
        <translation>Ap&amp;licar cambios</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Form not created</source>
        <translation>Formulario no creado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes not applied</source>
        <translation>Cambios no aplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new form is not created yet.</source>
        <translation>El nuevo formulario aún no se ha creado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to the form “%1” are not applied yet.</source>
        <translation>Los cambios en el formulario «%1» aún no se han aplicado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create it before closing?</source>
        <translation>¿Desea crearlo antes de cerrar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply them before closing?</source>
        <translation>¿Desea aplicarlos antes de cerrar?</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Field %1</source>
        <extracomment>Label of a newly added field; %1 is its number.</extracomment>
        <translation>Campo %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The form needs a name.</source>
        <translation>El formulario necesita un nombre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating the form…</source>
        <translation>Creando el formulario…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changing the form and its records…</source>
        <translation>Modificando el formulario y sus registros…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applied: %1</source>
        <translation>No se ha aplicado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form was created.</source>
        <translation>Se ha creado el formulario.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The changes were applied.</source>
        <translation>Se han aplicado los cambios.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not imported: %1</source>
        <translation>No se ha importado: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not exported: %1</source>
        <translation>No se ha exportado: %1</translation>
    </message>
</context>
<context>
    <name>fb::FormFiles</name>
    <message>
        <location filename="../ui/designer/FormFiles.cpp" line="+18"/>
        <source>Form files (*.json);;All files (*)</source>
        <translation>Archivos de formulario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Form</source>
        <translation>Importar formulario</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export Form</source>
        <translation>Exportar formulario</translation>
    </message>
</context>
<context>
    <name>fb::FormGuess</name>
    <message>
        <location filename="../core/formats/FormGuess.cpp" line="+75"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>fb::FormImport</name>
    <message>
        <location filename="../app/FormImport.cpp" line="+34"/>
        <source>The book %1 is damaged; it was left untouched and the form was not brought in.</source>
        <translation>El libro %1 está dañado; no se ha modificado y no se ha incorporado el formulario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book %1 is read-only; the form was not brought in.</source>
        <translation>El libro %1 es de solo lectura; no se ha incorporado el formulario.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The form “%1” is in %2 (table %3).</source>
        <translation>El formulario «%1» está en %2 (tabla %3).</translation>
    </message>
</context>
<context>
    <name>fb::FormListPanel</name>
    <message>
        <location filename="../ui/window/FormListPanel.cpp" line="+38"/>
        <source>For&amp;ms</source>
        <translation>For&amp;mularios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>Formularios</translation>
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
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::FormTemplates</name>
    <message>
        <location filename="../core/model/FormTemplates.cpp" line="+33"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s full name.</source>
        <translation>Nombre completo de la persona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last checked</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field observation</source>
        <translation>Observación de campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observed at</source>
        <translation>Fecha y hora de observación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count</source>
        <extracomment>How many animals or plants were seen.</extracomment>
        <translation>Número de individuos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees north, -90 to 90.</source>
        <translation>Grados norte, de -90 a 90.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degrees east, -180 to 180.</source>
        <translation>Grados este, de -180 a 180.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Habitat</source>
        <translation>Hábitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forest</source>
        <translation>Bosque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grassland</source>
        <translation>Pradera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wetland</source>
        <translation>Humedal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban</source>
        <translation>Urbano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weather</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunny</source>
        <translation>Soleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloudy</source>
        <translation>Nublado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain</source>
        <translation>Lluvia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind</source>
        <translation>Viento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
</context>
<context>
    <name>fb::HandbookDialog</name>
    <message>
        <location filename="../ui/window/HandbookDialog.cpp" line="+30"/>
        <source>Fieldbook Handbook</source>
        <translation>Manual de Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handbook</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>fb::ImportCommand</name>
    <message>
        <location filename="../app/ImportCommand.cpp" line="+73"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1, %2</source>
        <translation>línea %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <location line="+65"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1: “%2”: %3</source>
        <translation>%1: «%2»: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %Ln more row(s) with problems.</source>
        <translation>
            <numerusform>… y %Ln fila más con problemas.</numerusform>
            <numerusform>… y %Ln filas más con problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: no column is named after a field of “%2” (its fields: %3). Use the field names as the header, or --no-header for columns in the form&apos;s order.</source>
        <translation>%1: ninguna columna lleva el nombre de un campo de «%2» (sus campos: %3). Use los nombres de los campos como encabezado, o --no-header para columnas en el orden del formulario.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Columns left out (no field has their name): %1</source>
        <translation>Columnas omitidas (ningún campo tiene su nombre): %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 rows read (%2%)</source>
        <translation>%1 filas leídas (%2 %)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1: there are no rows to import (after %Ln line(s) left out).</source>
        <translation>
            <numerusform>%1: no hay filas que importar (tras omitir %Ln línea).</numerusform>
            <numerusform>%1: no hay filas que importar (tras omitir %Ln líneas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln row(s) ready</source>
        <translation>
            <numerusform>%Ln fila lista</numerusform>
            <numerusform>%Ln filas listas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln fila con problemas</numerusform>
            <numerusform>%Ln filas con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) to leave out as already there</source>
        <translation>
            <numerusform>%Ln fila que omitir por existir ya</numerusform>
            <numerusform>%Ln filas que omitir por existir ya</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed (a dry run).</source>
        <translation>No se cambió nada (una prueba).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) with problems; nothing was imported (use --good-rows to import the others).</source>
        <translation>
            <numerusform>%Ln fila con problemas; no se importó nada (use --good-rows para importar las demás).</numerusform>
            <numerusform>%Ln filas con problemas; no se importó nada (use --good-rows para importar las demás).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln record(s) imported into “%1”</source>
        <translation>
            <numerusform>%Ln registro importado en «%1»</numerusform>
            <numerusform>%Ln registros importados en «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln left out as already there</source>
        <translation>
            <numerusform>%Ln omitida por existir ya</numerusform>
            <numerusform>%Ln omitidas por existir ya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln fila con problemas omitida</numerusform>
            <numerusform>%Ln filas con problemas omitidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportDialog</name>
    <message>
        <location filename="../ui/exchange/ImportDialog.cpp" line="+256"/>
        <source>Import into %1</source>
        <translation>Importar en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ncoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, little-endian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, big-endian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western European (Windows-1252)</source>
        <translation>Europa occidental (Windows-1252)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western European (ISO 8859-15)</source>
        <translation>Europa occidental (ISO 8859-15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European (Windows-1250)</source>
        <translation>Europa central (Windows-1250)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cirílico (Windows-1251)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic (Windows-1256)</source>
        <translation>Árabe (Windows-1256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOS Western European (code page 850)</source>
        <translation>DOS Europa occidental (página de códigos 850)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese (Shift JIS)</source>
        <translation>Japonés (Shift JIS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (GB 18030)</source>
        <translation>Chino (GB 18030)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar (|)</source>
        <translation>Barra vertical (|)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote:</source>
        <translation>Comi&amp;llas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double quote (&quot;)</source>
        <translation>Comillas dobles (&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single quote (&apos;)</source>
        <translation>Comilla simple (&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: quotes are text</source>
        <translation>Ninguno: las comillas son texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first row &amp;holds the column names</source>
        <translation>La primera fila tiene los &amp;nombres de las columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;lines at the start:</source>
        <translation>&amp;Omitir líneas al principio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umbers:</source>
        <translation>Nú&amp;meros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1,234.5 (decimal point)</source>
        <translation>1,234.5 (punto decimal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.234,5 (decimal comma)</source>
        <translation>1.234,5 (coma decimal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 234,5 (decimal comma, spaces between groups)</source>
        <translation>1 234,5 (coma decimal, espacios entre grupos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31.01.2026 (day first)</source>
        <translation>31.01.2026 (día primero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>01/31/2026 (month first)</source>
        <translation>01/31/2026 (mes primero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2026-01-31 only (year first)</source>
        <translation>solo 2026-01-31 (año primero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colu&amp;mns and the fields they fill:</source>
        <translation>Col&amp;umnas y campos que llenan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with problems:</source>
        <translation>Filas con problemas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All rows or none: import nothing unless every row is good</source>
        <translation>&amp;Todas las filas o ninguna: no importar nada si alguna fila falla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the &amp;good rows: leave out the rows with problems</source>
        <translation>Solo las filas &amp;buenas: dejar fuera las filas con problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value a record has &amp;there:</source>
        <translation>Valor que ya tiene un &amp;registro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row whose value in a unique field a record already has</source>
        <translation>Una fila cuyo valor en un campo único ya tiene un registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a problem of its row</source>
        <translation>es un problema de su fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaves the row out</source>
        <translation>deja fuera la fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updates that record with the row</source>
        <translation>actualiza ese registro con la fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;Rejected Rows…</source>
        <translation>&amp;Guardar las filas rechazadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k</source>
        <translation>Com&amp;probar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every row as the import would, and change nothing</source>
        <translation>Leer cada fila como la importación, sin cambiar nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the CSV file to import.</source>
        <translation>Elija el archivo CSV que importar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows line ends (CR LF)</source>
        <translation>finales de línea de Windows (CR LF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>old Mac line ends (CR)</source>
        <translation>finales de línea de Mac antiguo (CR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix line ends (LF)</source>
        <translation>finales de línea de Unix (LF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as %1, %2, %3.</source>
        <translation>Leído como %1, %2, %3.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(left out)</source>
        <translation>(omitida)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No column fills these required fields, so every row will be refused: %1</source>
        <translation>Ninguna columna llena estos campos obligatorios, así que se rechazará cada fila: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The check was stopped; nothing was changed.</source>
        <translation>La comprobación se detuvo; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) ready to import</source>
        <translation>
            <numerusform>%Ln fila lista para importar</numerusform>
            <numerusform>%Ln filas listas para importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with problems</source>
        <translation>
            <numerusform>%Ln fila con problemas</numerusform>
            <numerusform>%Ln filas con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln of them update(s) a record already in the book</source>
        <translation>
            <numerusform>%Ln de ellas actualiza un registro del libro</numerusform>
            <numerusform>%Ln de ellas actualizan registros del libro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) left out as already in the book</source>
        <translation>
            <numerusform>%Ln fila omitida por estar ya en el libro</numerusform>
            <numerusform>%Ln filas omitidas por estar ya en el libro</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import brings in nothing unless every row is good, or only the good rows if you choose so above.</source>
        <translation>Importar no trae nada si alguna fila falla, o solo las filas buenas si lo elige arriba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: every row has a problem.</source>
        <translation>No se importó nada: cada fila tiene un problema.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing was imported: %Ln row(s) have problems. Fix the file, or choose “Only the good rows” to import the others.</source>
        <translation>
            <numerusform>No se importó nada: %Ln fila tiene problemas. Corrija el archivo o elija «Solo las filas buenas» para importar las demás.</numerusform>
            <numerusform>No se importó nada: %Ln filas tienen problemas. Corrija el archivo o elija «Solo las filas buenas» para importar las demás.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <source>Save Rejected Rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 - rejected rows.csv</source>
        <extracomment>%1 is the imported file&apos;s name without its ending.</extracomment>
        <translation>%1 - filas rechazadas.csv</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The rejected rows could not be saved to %1.</source>
        <translation>No se pudieron guardar las filas rechazadas en %1.</translation>
    </message>
</context>
<context>
    <name>fb::ImportFlow</name>
    <message>
        <location filename="../ui/exchange/ImportFlow.cpp" line="+104"/>
        <source>Nothing was imported. %1</source>
        <translation>No se importó nada. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln record(s) imported into %1</source>
        <translation>
            <numerusform>%Ln registro importado en %1</numerusform>
            <numerusform>%Ln registros importados en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) updated</source>
        <translation>
            <numerusform>%Ln registro actualizado</numerusform>
            <numerusform>%Ln registros actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln fila con problemas omitida</numerusform>
            <numerusform>%Ln filas con problemas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking %1 for %2…</source>
        <translation>Comprobando %1 para %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 into %2…</source>
        <translation>Importando %1 en %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 rows, %2 a second</source>
        <translation>%1 filas, %2 por segundo</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>Queda alrededor de %Ln minuto</numerusform>
            <numerusform>Quedan alrededor de %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %Ln second(s) left</source>
        <translation>
            <numerusform>Queda alrededor de %Ln segundo</numerusform>
            <numerusform>Quedan alrededor de %Ln segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportUndoCommand</name>
    <message numerus="yes">
        <location filename="../ui/exchange/ImportUndoCommand.cpp" line="+14"/>
        <source>Import of %Ln record(s)</source>
        <translation>
            <numerusform>Importación de %Ln registro</numerusform>
            <numerusform>Importación de %Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::MainActions</name>
    <message>
        <location filename="../ui/window/MainActions.cpp" line="+175"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orm</source>
        <translation>&amp;Formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main tool bar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent Books</source>
        <translation>Libros &amp;recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Book…</source>
        <translation>&amp;Nuevo libro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Book…</source>
        <translation>&amp;Abrir libro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar con el servidor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose Book</source>
        <translation>Cerrar &amp;libro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Book To &amp;Server…</source>
        <translation>Copiar libro al ser&amp;vidor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Book To &amp;File…</source>
        <translation>Copiar libro a un arc&amp;hivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>Hacer copia de seg&amp;uridad ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a copy of the book in its backup folder</source>
        <translation>Poner una copia del libro en su carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Restaurar desde una copia de segurida&amp;d…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck Book…</source>
        <translation>Com&amp;probar el libro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for damage and for values that break their fields&apos; rules</source>
        <translation>Buscar daños y valores que incumplan las reglas de sus campos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Form…</source>
        <translation>&amp;Nuevo formulario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Form from &amp;CSV File…</source>
        <translation>Nuevo formulario desde un archivo &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a form with a field for each column of a CSV file, then import its rows</source>
        <translation>Crear un formulario con un campo por cada columna de un archivo CSV y luego importar sus filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Design Form…</source>
        <translation>&amp;Diseñar formulario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Form…</source>
        <translation>&amp;Eliminar formulario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <comment>record</comment>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record (%1)</source>
        <translation>Nuevo registro (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the record (%1)</source>
        <translation>Guardar el registro (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes to this record (Esc)</source>
        <translation>Descartar los cambios de este registro (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <comment>record</comment>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the record to the trash</source>
        <translation>Mover el registro a la papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <comment>record</comment>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt</source>
        <comment>record</comment>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First Record</source>
        <translation>&amp;Primer registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last Record</source>
        <translation>Últi&amp;mo registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash…</source>
        <translation>Papele&amp;ra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read records from a CSV file into the form</source>
        <translation>Leer registros de un archivo CSV en el formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the records to a CSV or JSON file</source>
        <translation>Escribir los registros en un archivo CSV o JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table and Form</source>
        <translation>&amp;Tabla y formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table &amp;Only</source>
        <translation>&amp;Solo tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form Only</source>
        <translation>Solo &amp;formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handbook</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Fieldbook</source>
        <translation>&amp;Acerca de Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>fb::MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+190"/>
        <source>About Fieldbook</source>
        <translation>Acerca de Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;Fill forms into a database without waiting for it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;Rellene formularios en una base de datos sin tener que esperarla.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Closing %1: saving what is still waiting…</source>
        <translation>Cerrando %1: guardando lo que aún está pendiente…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No backup could be made before the change: %1</source>
        <translation>No se pudo hacer una copia de seguridad antes del cambio: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Save What Can Be Re&amp;ad…</source>
        <translation>Guardar lo que se pueda &amp;leer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book could not be opened: %1</source>
        <translation>No se pudo abrir el libro: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book file is damaged, so it is open read-only and nothing can be saved in it. A list may stop where the damage begins; “Save What Can Be Read…” copies every record that can still be read into a new book.</source>
        <translation>Este archivo de libro está dañado, así que está abierto solo para lectura y no se puede guardar nada en él. Una lista puede detenerse donde empieza el daño; «Guardar lo que se pueda leer…» copia todos los registros que aún se pueden leer en un libro nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read only: you may look but not change records on this server.</source>
        <translation>Solo lectura: puede consultar los registros de este servidor, pero no modificarlos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only: you may look but not change records in this book.</source>
        <translation>Solo lectura: puede consultar los registros de este libro, pero no modificarlos.</translation>
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
        <translation>Copiar libro a un archivo</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 (copy).fieldbook</source>
        <extracomment>File name offered for a copy of the book.</extracomment>
        <translation>%1 (copia).fieldbook</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Another program restored a backup into this book; it is shown afresh.</source>
        <translation>Otro programa restauró una copia de seguridad en este libro; se muestra de nuevo.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>%1 (copy %2).fieldbook</source>
        <extracomment>File name offered for a further copy of the book: name and number.</extracomment>
        <translation>%1 (copia %2).fieldbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Libros de Fieldbook (*.fieldbook);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copying %1 to %2…</source>
        <translation>Copiando %1 en %2…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy Book</source>
        <translation>Copiar libro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book was not copied to %1: %2</source>
        <translation>No se ha copiado el libro en %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1 and %2 to %3.</source>
        <comment>forms, records, book</comment>
        <translation>Se han copiado %1 y %2 en %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n form(s)</source>
        <translation>
            <numerusform>%n formulario</numerusform>
            <numerusform>%n formularios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Delete form</source>
        <translation>Eliminar formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the form “%1” and all its records? This cannot be undone.</source>
        <translation>¿Desea eliminar el formulario «%1» y todos sus registros? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Form deleted.</source>
        <translation>Se ha eliminado el formulario.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+8"/>
        <source>New Form from CSV File</source>
        <translation>Nuevo formulario desde un archivo CSV</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Handbook</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handbook is not installed. It is part of the Fieldbook package, in share/fieldbook/handbook.</source>
        <translation>El manual no está instalado. Forma parte del paquete de Fieldbook, en share/fieldbook/handbook.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The form was not deleted: %1</source>
        <translation>No se ha eliminado el formulario: %1</translation>
    </message>
</context>
<context>
    <name>fb::NumberFieldEditor</name>
    <message>
        <location filename="../ui/editors/NumberFieldEditor.cpp" line="+22"/>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Number, %Ln decimal place(s)</source>
        <translation>
            <numerusform>Número, %Ln decimal</numerusform>
            <numerusform>Número, %Ln decimales</numerusform>
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
            <numerusform> copia</numerusform>
            <numerusform> copias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> week(s)</source>
        <extracomment>After the number of weeks one backup a week is kept, in a spin box.</extracomment>
        <translation>
            <numerusform> semana</numerusform>
            <numerusform> semanas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole window changes language at once. Form texts follow where the form gives them in that language.</source>
        <translation>Toda la ventana cambia de idioma al instante. Los textos de los formularios también cambian si el formulario los incluye en ese idioma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups of books in files</source>
        <translation>Copias de seguridad de libros en archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make &amp;backups automatically: before a form changes, before an import, and before the first change of each day</source>
        <translation>Hacer copias de seguridad &amp;automáticamente: antes de que cambie un formulario, antes de una importación y antes del primer cambio de cada día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;them:</source>
        <translation>&amp;Guardarlas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a folder beside the book</source>
        <translation>En una carpeta junto al libro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In my data folder</source>
        <translation>En mi carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;newest:</source>
        <translation>Conservar las &amp;más recientes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>And one a &amp;week for:</source>
        <translation>Y una por &amp;semana durante:</translation>
    </message>
</context>
<context>
    <name>fb::ProgressNotice</name>
    <message>
        <location filename="../ui/common/ProgressNotice.cpp" line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>fb::RecordBrowser</name>
    <message>
        <location filename="../ui/records/RecordBrowser.cpp" line="+83"/>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of these records cannot be read: this part of the book is damaged. The notice at the top of the window offers to save what can be read into a new book.</source>
        <translation>Algunos de estos registros no se pueden leer: esta parte del libro está dañada. El aviso de la parte superior de la ventana ofrece guardar lo que se pueda leer en un libro nuevo.</translation>
    </message>
</context>
<context>
    <name>fb::RecordController</name>
    <message>
        <location filename="../ui/records/RecordController.cpp" line="-202"/>
        <source>Record %1 of %2</source>
        <translation>Registro %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New record; %Ln in the list</source>
        <translation>
            <numerusform>Registro nuevo; %Ln en la lista</numerusform>
            <numerusform>Registro nuevo; %Ln en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Record not in the list; %Ln in the list</source>
        <translation>
            <numerusform>Registro fuera de la lista; %Ln en la lista</numerusform>
            <numerusform>Registro fuera de la lista; %Ln en la lista</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The record cannot be saved: a field needs attention.</source>
        <translation>No se puede guardar el registro: hay un campo que requiere atención.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The form below has unsaved changes: save or undo them before editing the table.</source>
        <translation>El formulario de abajo tiene cambios sin guardar: guárdelos o deshágalos antes de editar la tabla.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Move this record to the trash?</source>
        <translation>¿Desea mover este registro a la papelera?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “%1” to the trash?</source>
        <translation>¿Desea mover «%1» a la papelera?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can restore it from Record → Trash.</source>
        <translation>Puede restaurarlo desde Registro → Papelera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restored from the trash.</source>
        <translation>Restaurado desde la papelera.</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved: the record was changed elsewhere; your changes are still in the form.</source>
        <translation>No se ha guardado: el registro se ha modificado en otro lugar; sus cambios siguen en el formulario.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Changes undone.</source>
        <translation>Se han deshecho los cambios.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Moved to the trash.</source>
        <translation>Se ha movido a la papelera.</translation>
    </message>
</context>
<context>
    <name>fb::RecordExporter</name>
    <message>
        <location filename="../core/formats/RecordExport.cpp" line="+88"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>fb::RecordForm</name>
    <message>
        <location filename="../ui/records/RecordForm.cpp" line="+107"/>
        <source>Add fields to see the form here.</source>
        <translation>Añada campos para ver aquí el formulario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form has no fields yet. Add some with Form → Design Form…</source>
        <translation>Este formulario aún no tiene campos. Añádalos con Formulario → Diseñar formulario…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No form is chosen. Pick one from the list, or create one with Form → New Form…</source>
        <translation>No hay ningún formulario seleccionado. Elija uno de la lista o cree uno con Formulario → Nuevo formulario…</translation>
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
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 Expected: %2</source>
        <comment>message, pattern</comment>
        <translation>%1 Se esperaba: %2</translation>
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
        <translation>(registro que falta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unnamed record)</source>
        <translation>(registro sin nombre)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted on</source>
        <translation>Fecha de eliminación</translation>
    </message>
</context>
<context>
    <name>fb::ReferenceFieldEditor</name>
    <message>
        <location filename="../ui/editors/ReferenceFieldEditor.cpp" line="+47"/>
        <source>Type to find a record of %1</source>
        <translation>Escriba para buscar un registro de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referenced form is missing</source>
        <translation>Falta el formulario referenciado</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>Record %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 (record %2)</source>
        <translation>%1 (registro %2)</translation>
    </message>
</context>
<context>
    <name>fb::RestoreDialog</name>
    <message>
        <location filename="../ui/book/RestoreDialog.cpp" line="+107"/>
        <source>Backed up by hand</source>
        <translation>Copia hecha a mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First change of the day</source>
        <translation>Primer cambio del día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a form change</source>
        <translation>Antes de un cambio de formulario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a repair</source>
        <translation>Antes de una reparación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be read</source>
        <translation>No se puede leer</translation>
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
            <numerusform>%n formulario</numerusform>
            <numerusform>%n formularios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+22"/>
        <location line="+15"/>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Bring the book back to the backup of %1?</source>
        <translation>¿Devolver el libro a la copia de seguridad del %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the book back to the backup in %1?</source>
        <translation>¿Devolver el libro a la copia de seguridad de %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its forms and records replace those of the book. The book as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Sus formularios y registros reemplazan los del libro. Antes se hace una copia de seguridad del libro tal como está, así que esto se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Libros de Fieldbook (*.fieldbook);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There are no backups of this book in %1 yet. Choose Other File to restore a backup kept elsewhere.</source>
        <translation>Todavía no hay copias de seguridad de este libro en %1. Elija «Otro archivo» para restaurar una copia guardada en otro lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backups of this book, newest first (in %1):</source>
        <translation>&amp;Copias de este libro, las más recientes primero (en %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other File…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
</context>
<context>
    <name>fb::RestoreRecordCommand</name>
    <message>
        <location filename="../ui/records/RestoreRecordCommand.cpp" line="+14"/>
        <source>Restore Record</source>
        <translation>Restaurar registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore “%1”</source>
        <translation>Restaurar «%1»</translation>
    </message>
</context>
<context>
    <name>fb::SalvageFlow</name>
    <message>
        <location filename="../ui/book/SalvageFlow.cpp" line="+27"/>
        <location line="+44"/>
        <source>Save What Can Be Read</source>
        <translation>Guardar lo que se pueda leer</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Fieldbook books (*.fieldbook);;All files (*)</source>
        <translation>Libros de Fieldbook (*.fieldbook);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (saved).fieldbook</source>
        <extracomment>File name offered for the new book that gets what can be read of a damaged one.</extracomment>
        <translation>%1 (rescatado).fieldbook</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving what can be read of %1 into %2…</source>
        <translation>Guardando lo que se pueda leer de %1 en %2…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was saved in %1: %2</source>
        <translation>No se ha guardado nada en %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What could be read is saved in %1. The damaged book was not changed.</source>
        <translation>Lo que se ha podido leer está guardado en %1. El libro dañado no se ha modificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open New Book</source>
        <translation>&amp;Abrir libro nuevo</translation>
    </message>
</context>
<context>
    <name>fb::SaveRecordCommand</name>
    <message>
        <location filename="../ui/records/SaveRecordCommand.cpp" line="-75"/>
        <source>New Record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Record “%1”</source>
        <translation>Nuevo registro «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record Changes</source>
        <translation>Cambios del registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to “%1”</source>
        <translation>Cambios en «%1»</translation>
    </message>
</context>
<context>
    <name>fb::ServerDialog</name>
    <message>
        <location filename="../ui/book/ServerDialog.cpp" line="+104"/>
        <source>Connect to Server</source>
        <translation>Conectar con el servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password of %1 for the book %2:</source>
        <translation>Contraseña de %1 para el libro %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team book on a PostgreSQL server. The password is not remembered.</source>
        <translation>Un libro compartido en un servidor PostgreSQL. La contraseña no se recordará.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <comment>TLS mode of the connection</comment>
        <translation>C&amp;ifrado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disable: never encrypt</source>
        <comment>TLS mode</comment>
        <translation>Desactivar: no cifrar nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer: encrypt when the server can</source>
        <comment>TLS mode</comment>
        <translation>Preferir: cifrar si el servidor lo admite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require: always encrypt</source>
        <comment>TLS mode</comment>
        <translation>Exigir: cifrar siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify CA: encrypt and check the server&apos;s certificate</source>
        <comment>TLS mode</comment>
        <translation>Verificar CA: cifrar y comprobar el certificado del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify full: also check the server&apos;s name</source>
        <comment>TLS mode</comment>
        <translation>Verificación completa: comprobar también el nombre del servidor</translation>
    </message>
</context>
<context>
    <name>fb::ShortcutsDialog</name>
    <message>
        <location filename="../ui/window/ShortcutsDialog.cpp" line="+120"/>
        <source>In the Table and the Form</source>
        <translation>En la tabla y el formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected cell</source>
        <translation>Editar la celda seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the cell being edited</source>
        <translation>Guardar la celda que se está editando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the cell unchanged</source>
        <translation>Dejar la celda sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next field or cell</source>
        <translation>Campo o celda siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous field or cell</source>
        <translation>Campo o celda anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the label or button with the underlined letter</source>
        <extracomment>The key column: Alt with the letter underlined in a label or button.</extracomment>
        <translation>Ir a la etiqueta o el botón con la letra subrayada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra subrayada</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;keys of the main window, menu by menu:</source>
        <translation>Las &amp;teclas de la ventana principal, menú por menú:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>fb::StatusPanel</name>
    <message>
        <location filename="../ui/window/StatusPanel.cpp" line="+78"/>
        <source>Saving before closing…</source>
        <translation>Guardando antes de cerrar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The book is busy (%1); trying again (%2)…</source>
        <translation>El libro está ocupado (%1); se está volviendo a intentar (%2)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connected to the server again; waiting saves went through.</source>
        <translation>Se ha restablecido la conexión con el servidor; se han guardado los cambios pendientes.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server cannot be reached; reconnecting (attempt %1). Your changes are kept: %n save(s) waiting.</source>
        <translation>
            <numerusform>No se puede acceder al servidor; reconectando (intento %1). Sus cambios se conservan: %n cambio pendiente de guardar.</numerusform>
            <numerusform>No se puede acceder al servidor; reconectando (intento %1). Sus cambios se conservan: %n cambios pendientes de guardar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No book open</source>
        <translation>Ningún libro abierto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read only: you may look but not change records on this server (%1).</source>
        <translation>Solo lectura: puede consultar los registros de este servidor, pero no modificarlos (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All saved</source>
        <translation>Todo guardado</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Saving %Ln change(s)…</source>
        <translation>
            <numerusform>Guardando %Ln cambio…</numerusform>
            <numerusform>Guardando %Ln cambios…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Opening the book “%1”…</source>
        <translation>Abriendo el libro «%1»…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The book “%1” is open; checking its file, saves wait for the check…</source>
        <translation>El libro «%1» está abierto; se está comprobando su archivo y los guardados esperan a la comprobación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book “%1” is open</source>
        <translation>El libro «%1» está abierto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book “%1” is open read-only: changes cannot be saved</source>
        <translation>El libro «%1» está abierto en solo lectura: no se pueden guardar cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the book “%1”: %2</source>
        <translation>No se puede abrir el libro «%1»: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last saved %1</source>
        <translation>Guardado por última vez a las %1</translation>
    </message>
</context>
<context>
    <name>fb::TemporalFieldEditor</name>
    <message>
        <location filename="../ui/editors/TemporalFieldEditor.cpp" line="+83"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder showing the typed format: Y year, M month, D day digits.</extracomment>
        <translation>AAAA-MM-DD</translation>
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
        <translation>AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a date from the calendar</source>
        <translation>Elija una fecha en el calendario</translation>
    </message>
</context>
<context>
    <name>fb::TrashDialog</name>
    <message>
        <location filename="../ui/records/TrashDialog.cpp" line="+78"/>
        <source>Trash — %1</source>
        <translation>Papelera — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of “%1” that were deleted. Select some and restore them.</source>
        <translation>Registros eliminados de «%1». Seleccione los que desee y restáurelos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trash is empty: no record of “%1” was deleted.</source>
        <translation>La papelera está vacía: no se ha eliminado ningún registro de «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete for Good…</source>
        <translation>Eliminar &amp;definitivamente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vaciar papelera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted records</source>
        <translation>Registros eliminados</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not restored: %1</source>
        <translation>No se ha restaurado: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Delete %n record(s) for good?</source>
        <translation>
            <numerusform>¿Desea eliminar definitivamente %n registro?</numerusform>
            <numerusform>¿Desea eliminar definitivamente %n registros?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete for Good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+18"/>
        <source>%n record(s) deleted for good.</source>
        <translation>
            <numerusform>Se ha eliminado definitivamente %n registro.</numerusform>
            <numerusform>Se han eliminado definitivamente %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Not deleted: %1</source>
        <translation>No se ha eliminado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete all %n record(s) in the trash for good?</source>
        <translation>
            <numerusform>¿Desea eliminar definitivamente %n registro de la papelera?</numerusform>
            <numerusform>¿Desea eliminar definitivamente los %n registros de la papelera?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty Trash</source>
        <translation>Vaciar papelera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trash was not emptied: %1</source>
        <translation>No se ha vaciado la papelera: %1</translation>
    </message>
</context>
<context>
    <name>fb::TrashRecordCommand</name>
    <message>
        <location filename="../ui/records/TrashRecordCommand.cpp" line="+16"/>
        <source>Delete Record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
</context>
<context>
    <name>fb::UnsavedChangesPrompt</name>
    <message>
        <location filename="../ui/records/UnsavedChangesPrompt.cpp" line="+13"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record has changes that are not saved yet.</source>
        <translation>Este registro tiene cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save them before going on?</source>
        <translation>¿Desea guardarlos antes de continuar?</translation>
    </message>
</context>
</TS>
