#include "PhrasePopupCase.h"

#include "WorkbenchFixture.h"
#include "core/QuickPhraseMatcher.h"
#include "gui/MainWindow.h"
#include "gui/chat/ComposeEdit.h"
#include "gui/chat/ConversationPanel.h"
#include "gui/chat/PhrasePopup.h"
#include "store/QuickPhraseRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QPaintEvent>
#include <QScreen>
#include <QTest>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kPopupRows = 30;  // what ComposeEdit asks the matcher for

// What agents type after "/": initials, codes, Chinese words and a miss.
const QStringList kQueries = {u"fh"_s, u"tk"_s, u"xl"_s, u"a12"_s, u"退款"_s, u"发货"_s, u"fhs"_s,
                              u"qt"_s, u"yh"_s, u"cm"_s, u"sh"_s,  u"尺码"_s, u"zzzz"_s, u"k4"_s};

bool isAscii(QChar c) {
    return c.unicode() < 0x80;
}

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Sums the area the popup's rows were painted over, to count the rows a keystroke repaints.
class PaintedArea : public QObject {
public:
    using QObject::QObject;
    qint64 take() { return std::exchange(m_pixels, 0); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            for (const QRect& rect : static_cast<QPaintEvent*>(event)->region()) {
                m_pixels += qint64(rect.width()) * rect.height();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_pixels = 0;
};

void typeCharacter(ComposeEdit* compose, QChar c) {
    if (isAscii(c)) {
        QTest::keyClick(compose, char(c.unicode()));
        return;
    }
    // QTest::keyClicks cannot type Chinese; an IME commits the chosen characters like this.
    QInputMethodEvent commit;
    commit.setCommitString(QString(c));
    QCoreApplication::sendEvent(compose, &commit);
}

struct KeystrokeTime {
    double wallMs = 0;
    double cpuMs = 0;
};

// One keystroke until the application's event loop has painted and flushed what it made dirty: the key event,
// then one turn of posted events, which delivers the windows' UpdateRequests (the popup is its own window). No
// forced repaint: a real keystroke repaints only what was invalidated. `handling` gets the part inside the key
// event (the compose box's handler: matching and refilling the popup).
KeystrokeTime timedKeystroke(ComposeEdit* compose, QChar c, Samples& handling) {
    const double cpuStart = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    typeCharacter(compose, c);
    handling.add(double(timer.nsecsElapsed()) / 1e6);
    WorkbenchFixture::runPosted();
    return {double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpuStart};
}

// What the window system holds for `widget` (the flushed backing store), not a fresh rendering.
QImage onScreen(QWidget* widget) {
    QWidget* window = widget->window();
    const QPoint at = widget->mapTo(window, QPoint());
    return window->screen()->grabWindow(window->winId(), at.x(), at.y(), widget->width(), widget->height()).toImage();
}

// Honesty check of a sample: had the keystroke's event-loop turn already put the final picture on screen? A forced
// repaint must not change what is shown.
bool upToDate(QWidget* widget) {
    const QImage shown = onScreen(widget);
    widget->repaint();
    return shown == onScreen(widget);
}

bool popupShowsBest(ComposeEdit* compose, const QList<QuickPhrase>& phrases, const QuickPhraseMatcher& matcher,
                    const QString& query) {
    const QList<int> best = matcher.match(query, kPopupRows);
    PhrasePopup* popup = compose->phrasePopup();
    if (best.isEmpty()) {
        return !popup->isVisible();
    }
    const auto shown = popup->currentPhrase();
    return popup->isVisible() && popup->count() == best.size() && shown && shown->id == phrases.at(best.first()).id;
}

struct Context {
    ComposeEdit* compose;
    PaintedArea* painted;
    PhrasePopupOutcome& outcome;
    bool checkFrames;
};

// What the popup's first rows show (their tool tips are the bodies), to tell the rows a keystroke had to change.
QStringList visibleRows(PhrasePopup* popup) {
    QStringList rows;
    if (!popup->isVisible()) {
        return rows;
    }
    const int shown = std::min(popup->count(), popup->viewport()->height() / std::max(1, popup->sizeHintForRow(0)));
    for (int row = 0; row < shown; ++row) {
        rows << popup->model()->index(row, 0).data(Qt::ToolTipRole).toString();
    }
    return rows;
}

int changedRows(const QStringList& before, const QStringList& after) {
    int changed = 0;
    for (qsizetype row = 0; row < std::max(before.size(), after.size()); ++row) {
        changed += row >= before.size() || row >= after.size() || before.at(row) != after.at(row) ? 1 : 0;
    }
    return changed;
}

void typeTimed(Context& run, QChar c) {
    PhrasePopup* popup = run.compose->phrasePopup();
    const QStringList before = visibleRows(popup);
    run.painted->take();
    const KeystrokeTime time = timedKeystroke(run.compose, c, run.outcome.handling);
    run.outcome.keystrokes.add(time.wallMs);
    run.outcome.keystrokesCpu.add(time.cpuMs);
    (c == u'/' ? run.outcome.slashCpu : run.outcome.queryCpu).add(time.cpuMs);
    const int rowHeight = std::max(1, popup->sizeHintForRow(0));
    const double rowsPainted =
        double(run.painted->take()) / double(std::max(1, popup->viewport()->width()) * rowHeight);
    run.outcome.popupRowsPainted.add(rowsPainted);
    run.outcome.popupRowsPaintedTotal += rowsPainted;
    run.outcome.popupRowsChangedTotal += changedRows(before, visibleRows(popup));
    if (run.checkFrames) {
        const bool popupFresh = !popup->isVisible() || upToDate(popup);
        const bool composeFresh = upToDate(run.compose->viewport());
        if (!popupFresh || !composeFresh) {
            if (run.outcome.staleFrames++ < 5) {
                std::fprintf(stderr, "/ popup: stale frame after \"%s\":%s%s\n", qPrintable(run.compose->toPlainText()),
                             popupFresh ? "" : " popup", composeFresh ? "" : " compose box");
            }
        }
        WorkbenchFixture::runPosted();
    }
}

void report(const PhrasePopupOutcome& outcome) {
    std::fprintf(stderr,
                 "/ popup detail: %lld keystrokes; wall median %.3f p95 %.3f ms; GUI-thread CPU median %.3f p95 %.3f "
                 "ms (\"/\" median %.3f p95 %.3f, query characters median %.3f p95 %.3f); key event median %.3f ms; "
                 "matcher median %.3f ms; popup rows repainted median %.1f max %.1f "
                 "(total %.0f), visible rows that changed: total %.0f; stale frames %d\n",
                 static_cast<long long>(outcome.keystrokes.count()), outcome.keystrokes.median(),
                 outcome.keystrokes.percentile(95), outcome.keystrokesCpu.median(),
                 outcome.keystrokesCpu.percentile(95), outcome.slashCpu.median(), outcome.slashCpu.percentile(95),
                 outcome.queryCpu.median(), outcome.queryCpu.percentile(95), outcome.handling.median(),
                 outcome.matching.median(), outcome.popupRowsPainted.median(), outcome.popupRowsPainted.max(),
                 outcome.popupRowsPaintedTotal, double(outcome.popupRowsChangedTotal), outcome.staleFrames);
}

}  // namespace

PhrasePopupOutcome benchPhrasePopup(WorkbenchFixture& bench, int rounds) {
    PhrasePopupOutcome outcome;
    Q_EMIT bench.events().conversationSelected(1);  // the compose box loads the phrases with the conversation
    WorkbenchFixture::settle();
    auto* compose = bench.window().conversationPanel()->findChild<ComposeEdit*>();
    const Result<QList<QuickPhrase>> phrases =
        QuickPhraseRepository(bench.db()).listVisibleTo(bench.context().agent.id);
    if (!compose || !phrases) {
        outcome.wrongPopups << u"(no compose box or no phrases)"_s;
        return outcome;
    }
    outcome.phrases = int(phrases->size());
    const QuickPhraseMatcher matcher(*phrases);
    PaintedArea painted;
    compose->phrasePopup()->viewport()->installEventFilter(&painted);
    compose->setFocus(Qt::OtherFocusReason);
    for (int round = 0; round < rounds; ++round) {
        // The first round also checks every frame (untimed); the others time undisturbed.
        Context run{compose, &painted, outcome, round == 0};
        for (const QString& query : kQueries) {
            compose->clear();
            WorkbenchFixture::settle();
            typeTimed(run, u'/');
            for (const QChar c : query) {
                typeTimed(run, c);
            }
            for (qsizetype n = 0; n <= query.size(); ++n) {
                QElapsedTimer timer;
                timer.start();
                const QList<int> hits = matcher.match(QStringView(query).left(n), kPopupRows);
                outcome.matching.add(double(timer.nsecsElapsed()) / 1e6);
                Q_UNUSED(hits);
            }
            if (round == 0 && !popupShowsBest(compose, *phrases, matcher, query)) {
                outcome.wrongPopups << query;
            }
        }
    }
    if (outcome.staleFrames > 0) {
        outcome.wrongPopups << u"(%1 stale frames)"_s.arg(outcome.staleFrames);
    }
    compose->phrasePopup()->viewport()->removeEventFilter(&painted);
    compose->clear();
    report(outcome);
    return outcome;
}

}  // namespace kefu
