// The designer's field list as a model, checked by QAbstractItemModelTester (fatal mode).

#include "UiTestSupport.h"

#include "DesignFieldsModel.h"
#include "FormTemplates.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace fb;
using namespace fb::test;

TEST_F(UiTest, TheDesignFieldsModelIsAModel) {
    DesignFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changes(&model, &DesignFieldsModel::designChanged);
    const FormDef contacts = FormTemplates::all().front();
    model.setDesign(FormDesign(contacts));
    ASSERT_EQ(model.rowCount(), contacts.fields.size());
    EXPECT_EQ(model.index(1).data().toString(), u"Email — Text"_qs);
    EXPECT_EQ(model.index(0).data(Qt::ToolTipRole).toString(), u"The person's full name."_qs);

    FieldDef extra;
    extra.label = u"Age"_qs;
    extra.type = FieldType::Integer;
    EXPECT_EQ(model.addField(extra), 6);
    EXPECT_EQ(model.index(6).data().toString(), u"Age — Whole number"_qs);
    EXPECT_TRUE(model.moveField(6, 0));
    EXPECT_TRUE(model.moveField(0, 3));
    EXPECT_TRUE(model.moveField(3, 2));
    EXPECT_FALSE(model.moveField(2, 7));
    EXPECT_EQ(model.design().field(2).label, u"Age"_qs);
    extra.label = u"Years"_qs;
    EXPECT_TRUE(model.setField(2, extra));
    EXPECT_EQ(model.index(2).data().toString(), u"Years — Whole number"_qs);
    EXPECT_FALSE(model.setField(2, extra)) << "nothing changed";
    EXPECT_FALSE(model.setField(9, extra));
    EXPECT_TRUE(model.removeField(2));
    EXPECT_FALSE(model.removeField(6));
    EXPECT_EQ(model.design().form().fields, FormDesign(contacts).form().fields);

    FormDef translated = contacts;
    translated.fields[0].labelByLanguage[u"de"_qs] = u"Vollständiger Name"_qs;
    model.setDesign(FormDesign(translated));
    model.setTextLanguage(u"de"_qs);
    EXPECT_EQ(model.index(0).data().toString(), u"Vollständiger Name — Text"_qs);
    EXPECT_EQ(model.index(1).data().toString(), u"Email — Text"_qs) << "the default label";
    model.setDesign(FormDesign());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(changes.count(), 9) << "one for each change";
}
