#include "DesignFieldsModel.h"

#include "FieldPropertiesEditor.h"
#include "FormTexts.h"

namespace fb {

DesignFieldsModel::DesignFieldsModel(QObject *parent)
    : QAbstractListModel(parent) {}

void DesignFieldsModel::setDesign(const FormDesign &design) {
    beginResetModel();
    m_design = design;
    endResetModel();
    Q_EMIT designChanged();
}

void DesignFieldsModel::setTextLanguage(const QString &language) {
    if (language == m_language)
        return;
    m_language = language;
    allRowsChanged();
}

void DesignFieldsModel::retranslate() {
    allRowsChanged();
}

void DesignFieldsModel::allRowsChanged() {
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int DesignFieldsModel::addField(const FieldDef &field) {
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_design.addField(field);
    endInsertRows();
    Q_EMIT designChanged();
    return row;
}

bool DesignFieldsModel::removeField(int row) {
    if (!m_design.hasField(row))
        return false;
    beginRemoveRows({}, row, row);
    m_design.removeField(row);
    endRemoveRows();
    Q_EMIT designChanged();
    return true;
}

bool DesignFieldsModel::moveField(int from, int to) {
    if (!m_design.hasField(from) || !m_design.hasField(to) || from == to)
        return false;
    // Qt counts the destination before the move: moving down lands before the row after `to`.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_design.moveField(from, to);
    endMoveRows();
    Q_EMIT designChanged();
    return true;
}

bool DesignFieldsModel::setField(int row, const FieldDef &field) {
    if (!m_design.setField(row, field))
        return false;
    Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::ToolTipRole});
    Q_EMIT designChanged();
    return true;
}

void DesignFieldsModel::setName(const QString &name, const QString &language) {
    m_design.setName(name, language);
}

void DesignFieldsModel::setDisplayField(const QString &key) {
    m_design.setDisplayField(key);
}

int DesignFieldsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_design.fieldCount();
}

QVariant DesignFieldsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldDef f = m_design.field(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2", "field label — type")
            .arg(FormTexts::label(f, m_language), FieldPropertiesEditor::typeLabel(f.type));
    case Qt::ToolTipRole:
        return FormTexts::help(f, m_language);
    default:
        return {};
    }
}

} // namespace fb
