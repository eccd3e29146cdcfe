#include "FormTemplates.h"

#include <QCoreApplication>
#include <QDate>

namespace fb::FormTemplates {

namespace {

// Templates are made in the interface language: their texts become the new form's own.
QString text(const char *source) {
    return QCoreApplication::translate("fb::FormTemplates", source);
}

QStringList texts(std::initializer_list<const char *> sources) {
    QStringList result;
    for (const char *source : sources)
        result.append(text(source));
    return result;
}

FieldDef field(const char *label, FieldType type, const char *help = nullptr) {
    FieldDef f;
    f.label = text(label);
    f.type = type;
    if (help)
        f.help = text(help);
    return f;
}

FormDef contacts() {
    FormDef form;
    form.name = text(QT_TRANSLATE_NOOP("fb::FormTemplates", "Contacts"));
    FieldDef name = field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Name"), FieldType::Text,
                          QT_TRANSLATE_NOOP("fb::FormTemplates", "The person's full name."));
    name.required = true;
    name.maxLength = 120;
    FieldDef email = field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Email"), FieldType::Text);
    email.pattern = u"[^@\\s]+@[^@\\s]+\\.[^@\\s]+"_qs;
    email.maxLength = 254;
    FieldDef phone = field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Phone"), FieldType::Text);
    phone.pattern = u"[+0-9 ()./-]{3,}"_qs;
    form.fields = {name,
                   email,
                   phone,
                   field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Organisation"), FieldType::Text),
                   field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Birthday"), FieldType::Date),
                   field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Notes"), FieldType::LongText)};
    return form;
}

FormDef inventory() {
    FormDef form;
    form.name = text(QT_TRANSLATE_NOOP("fb::FormTemplates", "Inventory"));
    FieldDef item = field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Item"), FieldType::Text);
    item.required = true;
    item.unique = true;
    FieldDef quantity =
        field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Quantity"), FieldType::Integer);
    quantity.required = true;
    quantity.minimum = 0;
    quantity.defaultValue = 0;
    FieldDef price =
        field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Unit price"), FieldType::Decimal);
    price.minimum = u"0.00"_qs;
    price.places = 2;
    FieldDef category =
        field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Category"), FieldType::Choice);
    category.choices = texts({QT_TRANSLATE_NOOP("fb::FormTemplates", "Tools"),
                              QT_TRANSLATE_NOOP("fb::FormTemplates", "Materials"),
                              QT_TRANSLATE_NOOP("fb::FormTemplates", "Equipment"),
                              QT_TRANSLATE_NOOP("fb::FormTemplates", "Other")});
    form.fields = {item,
                   quantity,
                   price,
                   category,
                   field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Location"), FieldType::Text),
                   field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Last checked"), FieldType::Date)};
    return form;
}

FormDef fieldObservation() {
    FormDef form;
    form.name = text(QT_TRANSLATE_NOOP("fb::FormTemplates", "Field observation"));
    FieldDef species = field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Species"), FieldType::Text);
    species.required = true;
    FieldDef when =
        field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Observed at"), FieldType::DateTime);
    when.required = true;
    //: How many animals or plants were seen.
    FieldDef count = field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Count"), FieldType::Integer);
    count.minimum = 1;
    FieldDef lat = field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Latitude"), FieldType::Decimal,
                         QT_TRANSLATE_NOOP("fb::FormTemplates", "Degrees north, -90 to 90."));
    lat.places = 6;
    lat.minimum = u"-90.000000"_qs;
    lat.maximum = u"90.000000"_qs;
    FieldDef lon = field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Longitude"), FieldType::Decimal,
                         QT_TRANSLATE_NOOP("fb::FormTemplates", "Degrees east, -180 to 180."));
    lon.places = 6;
    lon.minimum = u"-180.000000"_qs;
    lon.maximum = u"180.000000"_qs;
    FieldDef habitat = field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Habitat"), FieldType::Choice);
    habitat.choices = texts({QT_TRANSLATE_NOOP("fb::FormTemplates", "Forest"),
                             QT_TRANSLATE_NOOP("fb::FormTemplates", "Grassland"),
                             QT_TRANSLATE_NOOP("fb::FormTemplates", "Wetland"),
                             QT_TRANSLATE_NOOP("fb::FormTemplates", "Urban")});
    FieldDef weather =
        field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Weather"), FieldType::MultiChoice);
    weather.choices = texts({QT_TRANSLATE_NOOP("fb::FormTemplates", "Sunny"),
                             QT_TRANSLATE_NOOP("fb::FormTemplates", "Cloudy"),
                             QT_TRANSLATE_NOOP("fb::FormTemplates", "Rain"),
                             QT_TRANSLATE_NOOP("fb::FormTemplates", "Wind")});
    form.fields = {species,
                   when,
                   count,
                   lat,
                   lon,
                   habitat,
                   weather,
                   field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Verified"), FieldType::Bool),
                   field(QT_TRANSLATE_NOOP("fb::FormTemplates", "Notes"), FieldType::LongText)};
    return form;
}

} // namespace

QList<FormDef> all() {
    return {contacts(), inventory(), fieldObservation()};
}

} // namespace fb::FormTemplates
