#include "LiveBenchOptions.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

const char* const kUsage =
    "kefu_live_bench [--cases ingest,stall,latency] [--runs 3] [--messages 100000] [--conversations 100]\n"
    "                [--chunk 2000] [--scale-store SCRATCH_COPY.sqlite] [--scale-runs 1] [--seconds 20]\n"
    "                [--stall-rate 500] [--stall-conversations 50] [--latency-rate 100]\n"
    "                [--latency-conversations 20] [--report FILE.md] [--screenshot FILE.png]\n";

bool fail(const QString& problem) {
    std::fprintf(stderr, "kefu_live_bench: %s\n%s", qPrintable(problem), kUsage);
    return false;
}

bool toInt(const QString& text, int& out) {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok && value > 0) {
        out = value;
    }
    return ok && value > 0;
}

bool toRate(const QString& text, double& out) {
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && value > 0) {
        out = value;
    }
    return ok && value > 0;
}

bool apply(LiveBenchOptions& o, const QString& name, const QString& value) {
    if (name == u"--cases") {
        o.cases = value.split(u',', Qt::SkipEmptyParts);
        return true;
    }
    if (name == u"--scale-store") {
        o.scaleStore = value;
        return true;
    }
    if (name == u"--report") {
        o.reportPath = value;
        return true;
    }
    if (name == u"--screenshot") {
        o.screenshot = value;
        return true;
    }
    if (name == u"--stall-rate") {
        return toRate(value, o.stallRate);
    }
    if (name == u"--latency-rate") {
        return toRate(value, o.latencyRate);
    }
    int* target = name == u"--runs"                    ? &o.runs
                  : name == u"--messages"              ? &o.messages
                  : name == u"--conversations"         ? &o.conversations
                  : name == u"--chunk"                 ? &o.chunk
                  : name == u"--scale-runs"            ? &o.scaleRuns
                  : name == u"--seconds"               ? &o.seconds
                  : name == u"--stall-conversations"   ? &o.stallConversations
                  : name == u"--latency-conversations" ? &o.latencyConversations
                                                       : nullptr;
    return target && toInt(value, *target);
}

}  // namespace

std::optional<LiveBenchOptions> LiveBenchOptions::parse(const QStringList& arguments) {
    LiveBenchOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& name = arguments.at(i);
        if (name == u"--help" || name == u"-h") {
            std::fputs(kUsage, stdout);
            return std::nullopt;
        }
        if (i + 1 >= arguments.size()) {
            fail(u"%1 needs a value"_s.arg(name));
            return std::nullopt;
        }
        if (!apply(options, name, arguments.at(++i))) {
            fail(u"bad option %1 %2"_s.arg(name, arguments.at(i)));
            return std::nullopt;
        }
    }
    return options;
}

}  // namespace kefu
