#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kefu {

// kefu_gui_bench's command line.
struct GuiBenchOptions {
    QString dbPath;      // a scratch copy of a kefu-scalegen store (it gets a shop, agents and phrases)
    QString reportPath;  // where the markdown table goes too; empty: stdout only
    QString kefudesk;    // the application the startup case starts
    QString screenshot;  // the window as the cases left it, for a look (PNG); empty: none
    QStringList cases = {QStringLiteral("startup"), QStringLiteral("switch"), QStringLiteral("popup"),
                         QStringLiteral("search"), QStringLiteral("scroll")};
    int startupRuns = 10;
    int switches = 200;
    int popupRounds = 5;
    int searches = 200;

    bool runs(const QString& name) const { return cases.contains(name); }
    // Prints the problem (or the help) and returns empty when the arguments are not usable.
    static std::optional<GuiBenchOptions> parse(const QStringList& arguments);
};

}  // namespace kefu
