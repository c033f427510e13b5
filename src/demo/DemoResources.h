#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace kefu {

class DemoRandom;

// Reads the demo shop's hand-written content (resources/demo/*.json, compiled in under :/demo/).
class DemoResources {
public:
    // The whole file as an object; Internal error if it is missing or not valid JSON (a build problem).
    static Result<QJsonObject> load(const QString& name);
    static QStringList strings(const QJsonValue& value);
    // A text that may be written as alternatives (a JSON list): one of them, chosen by `random`.
    static QString pickText(const QJsonValue& value, DemoRandom& random);
};

}  // namespace kefu
