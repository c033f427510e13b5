#pragma once

#include <QString>

namespace kefu {

// Where KefuDesk keeps its files: the store and the logs live in the per-user app data directory
// (~/.local/share/KefuDesk/kefudesk on Linux).
class AppPaths {
public:
    static constexpr const char* kOrganization = "KefuDesk";
    static constexpr const char* kApplication = "kefudesk";

    // Sets the organization, application name and version that QStandardPaths and --version read.
    // Call before creating the Q*Application.
    static void configureApplication();
    static QString dataDir();
    static QString defaultDatabasePath();
    static QString logDir();
};

}  // namespace kefu
