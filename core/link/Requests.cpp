#include "Requests.h"

namespace fb {

bool isWrite(const DbOp &op) {
    return std::holds_alternative<Op::CreateForm>(op) ||
           std::holds_alternative<Op::UpdateForm>(op) ||
           std::holds_alternative<Op::DeleteForm>(op) ||
           std::holds_alternative<Op::SaveRecord>(op) ||
           std::holds_alternative<Op::TrashRecord>(op) ||
           std::holds_alternative<Op::RestoreRecord>(op) ||
           std::holds_alternative<Op::PurgeRecord>(op) ||
           std::holds_alternative<Op::EmptyTrash>(op) ||
           std::holds_alternative<Op::ImportRecords>(op) ||
           std::holds_alternative<Op::ImportStep>(op);
}

bool isSchemaChange(const DbOp &op) {
    return std::holds_alternative<Op::CreateForm>(op) ||
           std::holds_alternative<Op::UpdateForm>(op) || std::holds_alternative<Op::DeleteForm>(op);
}

bool isMaintenance(const DbOp &op) {
    return std::holds_alternative<Op::BackupBook>(op) ||
           std::holds_alternative<Op::RestoreBook>(op) ||
           std::holds_alternative<Op::RepairBook>(op);
}

bool commitsAlone(const DbOp &op) {
    return isSchemaChange(op) || std::holds_alternative<Op::ImportRecords>(op) ||
           std::holds_alternative<Op::ImportStep>(op);
}

qint64 recordFormOf(const DbOp &op) {
    if (const auto *save = std::get_if<Op::SaveRecord>(&op))
        return save->formId;
    if (const auto *trash = std::get_if<Op::TrashRecord>(&op))
        return trash->formId;
    if (const auto *restore = std::get_if<Op::RestoreRecord>(&op))
        return restore->formId;
    if (const auto *purge = std::get_if<Op::PurgeRecord>(&op))
        return purge->formId;
    if (const auto *empty = std::get_if<Op::EmptyTrash>(&op))
        return empty->formId;
    if (const auto *import = std::get_if<Op::ImportRecords>(&op))
        return import->formId;
    if (const auto *step = std::get_if<Op::ImportStep>(&op))
        return step->formId;
    return 0;
}

void registerMetaTypes() {
    qRegisterMetaType<DbError>();
    qRegisterMetaType<DbRequest>();
    qRegisterMetaType<DbReply>();
    qRegisterMetaType<QList<DbReply>>();
    qRegisterMetaType<BookSpec>();
    qRegisterMetaType<FormDef>();
    qRegisterMetaType<QList<FormDef>>();
    qRegisterMetaType<Record>();
    qRegisterMetaType<RecordPage>();
    qRegisterMetaType<SavedRecord>();
    qRegisterMetaType<ImportReport>();
    qRegisterMetaType<QList<Record>>();
    qRegisterMetaType<BackupMade>();
    qRegisterMetaType<QList<BackupContents>>();
    qRegisterMetaType<CheckReport>();
}

} // namespace fb
