#include "InboxScrollCase.h"

#include "WorkbenchFixture.h"
#include "gui/MainWindow.h"
#include "gui/inbox/InboxModel.h"
#include "gui/inbox/InboxPanel.h"
#include "store/ConversationRepository.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QtDebug>

#include <ctime>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// One frame: what a Page Down or a dragged scrollbar costs before the agent sees the rows.
double scrollOnePage(QAbstractItemView* list, InboxModel* model, int& nudged) {
    QScrollBar* bar = list->verticalScrollBar();
    QElapsedTimer timer;
    timer.start();
    if (bar->value() >= bar->maximum()) {
        // The view fetches when the bar reaches its maximum; once there it would wait for the next move.
        model->fetchMore({});
        ++nudged;
    } else {
        bar->setValue(std::min(bar->value() + bar->pageStep(), bar->maximum()));
    }
    WorkbenchFixture::runPosted();
    list->viewport()->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

}  // namespace

InboxScrollOutcome benchInboxScroll(WorkbenchFixture& bench) {
    InboxScrollOutcome outcome;
    InboxPanel* inbox = bench.window().inboxPanel();
    inbox->setView(InboxView::All);
    auto* list = inbox->findChild<QAbstractItemView*>(u"inboxList"_s);
    InboxModel* model = inbox->model();
    if (!list || !model) {
        return outcome;
    }
    if (const Result<int> inView = ConversationRepository(bench.db()).countInView(InboxView::All); inView) {
        outcome.rowsInView = *inView;
    }
    WorkbenchFixture::settle();
    list->verticalScrollBar()->setValue(0);
    QScrollBar* bar = list->verticalScrollBar();
    int stuck = 0;
    while (stuck < 3) {
        if (bar->value() >= bar->maximum() && !model->canFetchMore({})) {
            break;
        }
        const int before = bar->value();
        const int rowsBefore = model->rowCount();
        const double cpuBefore = threadCpuMs();
        const double ms = scrollOnePage(list, model, outcome.nudgedFetches);
        outcome.cpuFrames.add(threadCpuMs() - cpuBefore);
        if (ms > outcome.frames.max()) {
            outcome.slowestFrameRow = rowsBefore;
        }
        outcome.frames.add(ms);
        if (model->rowCount() != rowsBefore) {
            outcome.fetchFrames.add(ms);
            if (rowsBefore < outcome.rowsInView / 10) {
                outcome.earlyFetches.add(ms);
            } else if (rowsBefore >= outcome.rowsInView - outcome.rowsInView / 10) {
                outcome.lateFetches.add(ms);
            }
        }
        stuck = (bar->value() == before && model->rowCount() == rowsBefore) ? stuck + 1 : 0;
    }
    outcome.rowsLoaded = model->rowCount();
    // On a shared machine the wall time per frame includes waiting for a core; this is the frame's own work.
    qInfo("inbox scroll: GUI-thread CPU per frame median %.2f ms, p99 %.2f ms, max %.2f ms, %d frames over 16 ms",
          outcome.cpuFrames.median(), outcome.cpuFrames.percentile(99), outcome.cpuFrames.max(),
          outcome.cpuFrames.countOver(16));
    return outcome;
}

}  // namespace kefu
