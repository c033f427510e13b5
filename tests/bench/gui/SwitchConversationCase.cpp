#include "SwitchConversationCase.h"

#include "WorkbenchFixture.h"
#include "core/QuickPhraseMatcher.h"
#include "gui/MainWindow.h"
#include "gui/chat/ConversationPanel.h"
#include "store/ConversationRepository.h"
#include "store/QuickPhraseRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace kefu {

namespace {

void timePhraseReload(WorkbenchFixture& bench, Samples& into) {
    QuickPhraseRepository phrases(bench.db());
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<QList<QuickPhrase>> list = phrases.listVisibleTo(bench.context().agent.id);
        const QuickPhraseMatcher matcher(list ? *list : QList<QuickPhrase>{});
        into.add(double(timer.nsecsElapsed()) / 1e6);
    }
}

}  // namespace

SwitchOutcome benchSwitchConversation(WorkbenchFixture& bench, int count) {
    SwitchOutcome outcome;
    const Result<int> total = ConversationRepository(bench.db()).count();
    if (!total || *total == 0) {
        return outcome;
    }
    MainWindow& window = bench.window();
    for (int i = 0; i < count; ++i) {
        // Ids are 1..total in a generated store; a prime stride visits its whole range.
        const qint64 id = 1 + (qint64(i) * 7919) % *total;
        QElapsedTimer timer;
        timer.start();
        Q_EMIT bench.events().conversationSelected(id);
        WorkbenchFixture::runPosted();
        outcome.handling.add(double(timer.nsecsElapsed()) / 1e6);
        window.repaint();
        outcome.switches.add(double(timer.nsecsElapsed()) / 1e6);
        if (window.conversationPanel()->currentConversationId() != id) {
            ++outcome.mismatches;
        }
        WorkbenchFixture::settle();
    }
    timePhraseReload(bench, outcome.phraseReload);
    return outcome;
}

}  // namespace kefu
