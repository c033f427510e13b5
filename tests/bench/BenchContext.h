#pragma once

#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/KnowledgeRepository.h"
#include "store/MessageRepository.h"
#include "store/ProductRepository.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace kefu {

// What every benchmark case shares: the generated store, long-lived repositories (as the workbench keeps them)
// and the real shopper queries.
struct BenchContext {
    QString dbPath;
    std::unique_ptr<Database> db;
    std::unique_ptr<ConversationRepository> conversations;
    std::unique_ptr<MessageRepository> messages;
    std::unique_ptr<ProductRepository> products;
    std::unique_ptr<KnowledgeRepository> knowledge;
    QStringList shopperQueries;     // ../shared/data/taobao-search-queries.txt
    QStringList knowledgeQueries;   // what agents type into the FAQ search
    QList<qint64> conversationIds;  // a spread of existing conversations
};

BenchContext& benchContext();

}  // namespace kefu
