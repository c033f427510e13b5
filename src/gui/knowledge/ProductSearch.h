#pragma once

#include "core/Result.h"
#include "core/TitleInitialsIndex.h"
#include "store/ProductHit.h"
#include "store/ProductRepository.h"

#include <QList>
#include <QString>

#include <memory>

namespace kefu {

class Database;

// What an agent's query in the product search means, and the catalogue lookups that answer it:
//  - "面料 纯棉" / "面料：纯棉" / "颜色 黑色": an attribute or SKU spec and a value (falls back to words when no
//    product has it);
//  - "cmdx": pinyin initials of the title (with the in-memory index, once built), after any word matches;
//  - anything else: full-text words over title, attributes and SKU specs (bm25);
//  - nothing: the catalogue's first page.
class ProductSearch {
public:
    explicit ProductSearch(Database& db);

    void setInitialsIndex(std::shared_ptr<const TitleInitialsIndex> index) { m_index = std::move(index); }
    bool hasInitialsIndex() const { return m_index != nullptr; }

    Result<QList<ProductHit>> find(const QString& query, int limit) const;
    ProductRepository& products() { return m_products; }

    // Builds the initials index from every title over its own connection: call it on a worker, never on the GUI
    // thread (it reads the whole catalogue). Null when the store cannot be read.
    static std::shared_ptr<const TitleInitialsIndex> buildIndex(const QString& dbPath);

private:
    Result<QList<ProductHit>> byInitials(const QString& query, QList<ProductHit> hits, int limit) const;

    ProductRepository m_products;
    std::shared_ptr<const TitleInitialsIndex> m_index;
};

}  // namespace kefu
