#include "support/TempStore.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace kefu::test {

using namespace Qt::StringLiterals;

namespace {
std::atomic<int> g_nextConnection{1};
}

TempStore::TempStore() {
    const QString name = u"kefu-test-store-"_s + QString::number(g_nextConnection.fetch_add(1));
    Result<std::unique_ptr<Database>> opened = Database::open(path(), name);
    if (!opened) {
        ADD_FAILURE() << "TempStore: " << opened.error().message.toStdString() << " / "
                      << opened.error().detail.toStdString();
        // Nothing can run without the store; stop here rather than crash later on a null Database.
        std::fputs("TempStore: could not open the store\n", stderr);
        std::abort();
    }
    m_db = std::move(opened).value();
}

TempStore::~TempStore() = default;

QString TempStore::path() const {
    return m_dir.filePath(u"kefu.sqlite"_s);
}

}  // namespace kefu::test
