#include "WorkbenchFixture.h"

#include "gui/MainWindow.h"

#include <QApplication>
#include <QTest>
#include <QThreadPool>

namespace kefu {

WorkbenchFixture::WorkbenchFixture(Database& db, const Agent& agent, const Shop& shop)
    : m_context{db, m_clock, m_events, agent, shop}, m_window(std::make_unique<MainWindow>(m_context)) {
    m_window->resize(1600, 960);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        qWarning("kefu_gui_bench: the workbench window was never exposed");
    }
    settle();
}

WorkbenchFixture::~WorkbenchFixture() {
    settle();
    m_window.reset();
}

void WorkbenchFixture::runPosted() {
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void WorkbenchFixture::settle() {
    runPosted();
    QThreadPool::globalInstance()->waitForDone();
    runPosted();
}

}  // namespace kefu
