#include "Requests.h"

namespace fb {

bool isWrite(const DbOp &op) {
    return std::holds_alternative<Op::CreateForm>(op) ||
           std::holds_alternative<Op::UpdateForm>(op) ||
           std::holds_alternative<Op::DeleteForm>(op) ||
           std::holds_alternative<Op::SaveRecord>(op) ||
           std::holds_alternative<Op::TrashRecord>(op) ||
           std::holds_alternative<Op::RestoreRecord>(op);
}

bool isSchemaChange(const DbOp &op) {
    return std::holds_alternative<Op::CreateForm>(op) ||
           std::holds_alternative<Op::UpdateForm>(op) || std::holds_alternative<Op::DeleteForm>(op);
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
}

} // namespace fb
