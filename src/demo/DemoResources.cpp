#include "demo/DemoResources.h"

#include "demo/DemoRandom.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace kefu {

Result<QJsonObject> DemoResources::load(const QString& name) {
    QFile file(u":/demo/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Internal, u"示例店铺数据缺失，无法创建示例店铺。"_s, u"cannot open :/demo/"_s + name};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{ErrorCode::Internal, u"示例店铺数据已损坏，无法创建示例店铺。"_s,
                     name + u": "_s + parseError.errorString() + u" at offset "_s + QString::number(parseError.offset)};
    }
    return doc.object();
}

QStringList DemoResources::strings(const QJsonValue& value) {
    QStringList result;
    if (value.isString()) {
        result.append(value.toString());
        return result;
    }
    const QJsonArray array = value.toArray();
    result.reserve(array.size());
    for (const QJsonValue& item : array) {
        result.append(item.toString());
    }
    return result;
}

QString DemoResources::pickText(const QJsonValue& value, DemoRandom& random) {
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return array.isEmpty() ? QString() : array.at(random.index(array.size())).toString();
    }
    return value.toString();
}

}  // namespace kefu
