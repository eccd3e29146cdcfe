#pragma once

#include "FormDesign.h"

#include <QAbstractListModel>

namespace fb {

// The fields of the form being designed, one row each ("label — type"), over the FormDesign
// value it holds. Every change to the design goes through here, so the views and the preview
// hear of it (designChanged after each one).
class DesignFieldsModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit DesignFieldsModel(QObject *parent = nullptr);

    const FormDesign &design() const { return m_design; }
    void setDesign(const FormDesign &design);
    // The language whose labels the rows show ("" for the default texts).
    void setTextLanguage(const QString &language);
    void retranslate(); // type names in the interface's new language

    int addField(const FieldDef &field);
    bool removeField(int row);
    bool moveField(int from, int to);
    bool setField(int row, const FieldDef &field);
    void setName(const QString &name, const QString &language);
    void setDisplayField(const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void designChanged();

private:
    void allRowsChanged();

    FormDesign m_design;
    QString m_language;
};

} // namespace fb
