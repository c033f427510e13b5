#pragma once

#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace kefu::test {

// A migrated store on a file in a fresh temporary folder, removed with the object. Each instance has its own
// connection name, so several can be open at once. Fails the test (and aborts) if the store cannot be opened.
class TempStore {
public:
    TempStore();
    ~TempStore();
    TempStore(const TempStore&) = delete;
    TempStore& operator=(const TempStore&) = delete;

    Database& db() { return *m_db; }
    QString path() const;  // the database file

private:
    QTemporaryDir m_dir;  // declared first: destroyed after the Database has closed the file
    std::unique_ptr<Database> m_db;
};

}  // namespace kefu::test
