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
#include <QTest>

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

// One keystroke until the popup and the box have repainted; `handling` gets the part inside the key event (the
// compose box's handler: matching and refilling the popup).
double timedKeystroke(ComposeEdit* compose, QChar c, Samples& handling) {
    QElapsedTimer timer;
    timer.start();
    typeCharacter(compose, c);
    handling.add(double(timer.nsecsElapsed()) / 1e6);
    WorkbenchFixture::runPosted();
    if (compose->phrasePopup()->isVisible()) {
        compose->phrasePopup()->repaint();
    }
    compose->viewport()->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
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
    compose->setFocus(Qt::OtherFocusReason);
    for (int round = 0; round < rounds; ++round) {
        for (const QString& query : kQueries) {
            compose->clear();
            WorkbenchFixture::settle();
            outcome.keystrokes.add(timedKeystroke(compose, u'/', outcome.handling));
            for (const QChar c : query) {
                outcome.keystrokes.add(timedKeystroke(compose, c, outcome.handling));
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
    compose->clear();
    return outcome;
}

}  // namespace kefu
