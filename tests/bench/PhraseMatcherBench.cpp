// The quick-phrase lookup the chat box runs on every keystroke after "/": one query over 5,000 phrases.
#include "bench/PhraseLibrary.h"
#include "core/QuickPhraseMatcher.h"

#include <QStringList>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kPhraseCount = 5000;

// What an agent types, a keystroke at a time: codes, initials, Chinese words, and a miss.
const QStringList kQueries = {u"f"_s,    u"fh"_s, u"fhs"_s, u"t"_s,  u"tk"_s,   u"xl"_s,   u"xlm"_s,
                              u"qt"_s,   u"a1"_s, u"a12"_s, u"退"_s, u"退款"_s, u"发货"_s, u"zzzz"_s,
                              u"ymgj"_s, u"mj"_s, u""_s,    u"yh"_s, u"cm"_s,   u"sh"_s};

void phraseMatcherKeystroke(benchmark::State& state) {
    const QuickPhraseMatcher matcher(generatePhraseLibrary(kPhraseCount));
    qsizetype i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(matcher.match(kQueries[i++ % kQueries.size()], 20));
    }
    state.SetItemsProcessed(state.iterations());
}

BENCHMARK(phraseMatcherKeystroke)->Name("phrase_match_5000_keystroke")->Unit(benchmark::kMicrosecond)->UseRealTime();

}  // namespace

}  // namespace kefu
