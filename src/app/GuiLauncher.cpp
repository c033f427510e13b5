#include "app/GuiLauncher.h"

#include "app/CommandLine.h"
#include "app/StoreBootstrap.h"
#include "core/Clock.h"
#include "gui/MainWindow.h"
#include "logging/Log.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

// A modal box would wait forever where nobody can click it (offscreen runs, screenshots).
bool canShowDialogs(const QString& screenshotPath) {
    return screenshotPath.isEmpty() && QGuiApplication::platformName() != "offscreen"_L1 &&
           QGuiApplication::platformName() != "minimal"_L1;
}

int saveScreenshot(QWidget& window, const QString& path) {
    // Let layouts, style sheets and the first paint settle before grabbing.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(path, "PNG")) {
        QTextStream(stderr) << QCoreApplication::translate("GuiLauncher", "无法保存截图：%1").arg(path) << '\n';
        return CommandLine::kExitFailure;
    }
    log::info("screenshot saved to {}", path);
    return CommandLine::kExitOk;
}

}  // namespace

GuiLauncher::GuiLauncher(QString dbPath, QString screenshotPath, const Clock& clock)
    : m_dbPath(std::move(dbPath)), m_screenshotPath(std::move(screenshotPath)), m_clock(clock) {}

int GuiLauncher::run(QApplication& app) {
    Result<StoreBootstrap::Opened> opened = StoreBootstrap::open(m_dbPath, m_clock);
    if (!opened) {
        reportOpenError(opened.error());
        return CommandLine::kExitFailure;
    }
    if (opened->seeded) {
        log::info("loaded the demo shop into {}", m_dbPath);
    }
    MainWindow window(*opened->db, m_clock);
    window.show();
    if (!m_screenshotPath.isEmpty()) {
        return saveScreenshot(window, m_screenshotPath);
    }
    return app.exec();
}

void GuiLauncher::reportOpenError(const Error& error) const {
    const QString text = tr("无法打开数据库：%1").arg(error.message);
    const QString where = tr("文件：%1").arg(QDir::toNativeSeparators(m_dbPath));
    if (!canShowDialogs(m_screenshotPath)) {
        QTextStream(stderr) << text << '\n' << where << '\n';
        return;
    }
    QMessageBox box(QMessageBox::Critical, tr("客服工作台"), text);
    box.setInformativeText(where);
    if (!error.detail.isEmpty()) {
        box.setDetailedText(error.detail);
    }
    box.exec();
}

}  // namespace kefu
