#pragma once

#include "core/Agent.h"
#include "core/Result.h"
#include "core/Shop.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace kefu {

class Database;

// A fresh store in a temporary folder, seeded with the demo shop at the current time, signed in as its first 售前
// agent: what a case starts from. Removed with the object.
class ScratchStore {
public:
    static Result<std::unique_ptr<ScratchStore>> create(const QString& connectionName);
    ~ScratchStore();

    Database& db() { return *m_db; }
    QString path() const;
    const Agent& agent() const { return m_agent; }
    const Shop& shop() const { return m_shop; }

private:
    ScratchStore() = default;

    QTemporaryDir m_dir;  // first: removed after the connection has closed the file
    std::unique_ptr<Database> m_db;
    Agent m_agent;
    Shop m_shop;
};

}  // namespace kefu
