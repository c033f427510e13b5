#include "app/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kefu {

void AppPaths::configureApplication() {
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganization));
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplication));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEFU_VERSION));
}

QString AppPaths::dataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::defaultDatabasePath() {
    return QDir(dataDir()).filePath(u"kefudesk.sqlite"_s);
}

QString AppPaths::logDir() {
    return QDir(dataDir()).filePath(u"logs"_s);
}

}  // namespace kefu
