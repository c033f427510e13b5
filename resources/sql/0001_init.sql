-- KefuDesk schema version 1. Times are UTC milliseconds; money is integer fen; Taobao ids are TEXT.
-- Enumerations are stored as the stable keys of src/core (e.g. 'waiting', 'WAIT_BUYER_PAY').

CREATE TABLE shop (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    platform    TEXT NOT NULL CHECK (platform IN ('tmall', 'taobao')),
    seller_nick TEXT NOT NULL
);

CREATE TABLE agent (
    id           INTEGER PRIMARY KEY,
    nick         TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('presale', 'aftersale', 'supervisor', 'admin')),
    status       TEXT NOT NULL DEFAULT 'offline' CHECK (status IN ('online', 'away', 'offline'))
);

CREATE TABLE customer (
    id            INTEGER PRIMARY KEY,
    buyer_nick    TEXT NOT NULL UNIQUE,
    level         TEXT NOT NULL DEFAULT 'new' CHECK (level IN ('new', 'returning', 'vip')),
    note          TEXT NOT NULL DEFAULT '',
    birthday      TEXT,            -- ISO date
    phone         TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL
);

CREATE TABLE customer_tag (
    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    color_hex   TEXT NOT NULL,
    PRIMARY KEY (customer_id, name)
) WITHOUT ROWID;

CREATE TABLE conversation (
    id                        INTEGER PRIMARY KEY,
    customer_id               INTEGER NOT NULL REFERENCES customer(id),
    -- The CHECKs below are OR chains, not IN lists: SQLite builds a temporary b-tree for an IN list of 3+ values
    -- on every INSERT/UPDATE, which made message ingest ~10x slower than the row writes themselves.
    channel                   TEXT NOT NULL
        CHECK (channel = 'taobao' OR channel = 'tmall' OR channel = 'qianniu' OR channel = 'other'),
    status                    TEXT NOT NULL CHECK (status = 'waiting' OR status = 'in_progress' OR status = 'closed'),
    assigned_agent_id         INTEGER REFERENCES agent(id),
    opened_at_ms              INTEGER NOT NULL,
    closed_at_ms              INTEGER,
    last_buyer_message_at_ms  INTEGER,
    last_agent_message_at_ms  INTEGER,
    waiting_since_ms          INTEGER,   -- the buyer's first unanswered message
    last_message_preview      TEXT NOT NULL DEFAULT '',
    last_message_at_ms        INTEGER NOT NULL DEFAULT 0,
    unread_count              INTEGER NOT NULL DEFAULT 0 CHECK (unread_count >= 0)
);
-- One partial index per inbox view, in the view's order, so a keyset page is a short index range with no sort.
-- 待回复: longest waiting first (a waiting conversation with no buyer message yet counts from when it opened).
-- 我的/全部/已结束: most recent first (read backwards).
CREATE INDEX conversation_waiting ON conversation(coalesce(waiting_since_ms, opened_at_ms), id)
    WHERE status = 'waiting';
CREATE INDEX conversation_open_recent ON conversation(last_message_at_ms, id) WHERE status <> 'closed';
CREATE INDEX conversation_closed_recent ON conversation(last_message_at_ms, id) WHERE status = 'closed';
CREATE INDEX conversation_agent_recent ON conversation(assigned_agent_id, last_message_at_ms, id)
    WHERE status <> 'closed';
CREATE INDEX conversation_customer ON conversation(customer_id, last_message_at_ms, id);

CREATE TABLE message (
    id                 INTEGER PRIMARY KEY,
    conversation_id    INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    direction          TEXT NOT NULL CHECK (direction = 'buyer' OR direction = 'agent' OR direction = 'system'),
    kind               TEXT NOT NULL CHECK (kind = 'text' OR kind = 'image' OR kind = 'product_card'
                                            OR kind = 'order_card' OR kind = 'system_notice'),
    body               TEXT NOT NULL,
    channel            TEXT NOT NULL,  -- copied from the conversation: gateway ids are unique per channel
    gateway_message_id TEXT,
    client_message_id  TEXT,
    status             TEXT NOT NULL
        CHECK (status = 'queued' OR status = 'sent' OR status = 'delivered' OR status = 'failed'),
    sent_at_ms         INTEGER NOT NULL,
    agent_id           INTEGER REFERENCES agent(id)
);
CREATE INDEX message_history ON message(conversation_id, id);
CREATE UNIQUE INDEX message_gateway_id ON message(channel, gateway_message_id) WHERE gateway_message_id IS NOT NULL;
CREATE UNIQUE INDEX message_client_id ON message(client_message_id) WHERE client_message_id IS NOT NULL;

CREATE TABLE product (
    id             INTEGER PRIMARY KEY,
    num_iid        TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    category       TEXT NOT NULL DEFAULT '',
    price_fen      INTEGER NOT NULL CHECK (price_fen >= 0),
    on_sale        INTEGER NOT NULL DEFAULT 1 CHECK (on_sale IN (0, 1)),
    selling_points TEXT NOT NULL DEFAULT ''
);

CREATE TABLE product_attribute (
    product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (product_id, position)
) WITHOUT ROWID;

CREATE TABLE sku (
    id         INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    sku_id     TEXT NOT NULL UNIQUE,
    position   INTEGER NOT NULL DEFAULT 0,   -- order on the product page; row ids stay stable across updates
    outer_id   TEXT NOT NULL DEFAULT '',
    spec_json  TEXT NOT NULL,   -- [{"name":"颜色","value":"雾霾蓝"},{"name":"尺码","value":"M"}]
    price_fen  INTEGER NOT NULL CHECK (price_fen >= 0),
    stock      INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0)
);
CREATE INDEX sku_product ON sku(product_id, position);

CREATE TABLE size_chart_row (
    product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    size       TEXT NOT NULL,
    height_min INTEGER, height_max INTEGER,
    weight_min INTEGER, weight_max INTEGER,
    chest_min  INTEGER, chest_max  INTEGER,
    length_min INTEGER, length_max INTEGER,
    PRIMARY KEY (product_id, position)
) WITHOUT ROWID;

CREATE TABLE product_related (
    product_id         INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    related_product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    PRIMARY KEY (product_id, related_product_id),
    CHECK (product_id <> related_product_id)
) WITHOUT ROWID;

CREATE TABLE promotion (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    type              TEXT NOT NULL CHECK (type IN ('full_reduction', 'discount', 'gift')),
    threshold_fen     INTEGER NOT NULL DEFAULT 0 CHECK (threshold_fen >= 0),
    reduction_fen     INTEGER NOT NULL DEFAULT 0 CHECK (reduction_fen >= 0),
    stacking          INTEGER NOT NULL DEFAULT 0 CHECK (stacking IN (0, 1)),
    discount_permille INTEGER NOT NULL DEFAULT 1000 CHECK (discount_permille BETWEEN 1 AND 1000),
    gift_description  TEXT NOT NULL DEFAULT '',
    starts_at_ms      INTEGER NOT NULL,
    ends_at_ms        INTEGER NOT NULL,
    CHECK (ends_at_ms > starts_at_ms)
);

CREATE TABLE promotion_product (
    promotion_id INTEGER NOT NULL REFERENCES promotion(id) ON DELETE CASCADE,
    product_id   INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    PRIMARY KEY (promotion_id, product_id)
) WITHOUT ROWID;

CREATE TABLE trade (
    tid               TEXT PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customer(id),
    status            TEXT NOT NULL CHECK (status IN ('TRADE_NO_CREATE_PAY', 'WAIT_BUYER_PAY', 'SELLER_CONSIGNED_PART',
                          'WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_BUYER_SIGNED', 'TRADE_FINISHED',
                          'TRADE_CLOSED', 'TRADE_CLOSED_BY_TAOBAO', 'PAY_PENDING', 'WAIT_PRE_AUTH_CONFIRM')),
    receiver_name     TEXT NOT NULL DEFAULT '',
    receiver_phone    TEXT NOT NULL DEFAULT '',
    receiver_province TEXT NOT NULL DEFAULT '',
    receiver_city     TEXT NOT NULL DEFAULT '',
    receiver_district TEXT NOT NULL DEFAULT '',
    receiver_address  TEXT NOT NULL DEFAULT '',
    receiver_zip      TEXT NOT NULL DEFAULT '',
    total_fee_fen     INTEGER NOT NULL DEFAULT 0,
    post_fee_fen      INTEGER NOT NULL DEFAULT 0 CHECK (post_fee_fen >= 0),
    discount_fee_fen  INTEGER NOT NULL DEFAULT 0,
    payment_fen       INTEGER NOT NULL DEFAULT 0 CHECK (payment_fen >= 0),
    created_at_ms     INTEGER NOT NULL,
    paid_at_ms        INTEGER,
    consigned_at_ms   INTEGER,
    end_at_ms         INTEGER,
    seller_memo       TEXT NOT NULL DEFAULT '',
    seller_flag       INTEGER NOT NULL DEFAULT 0 CHECK (seller_flag BETWEEN 0 AND 5),
    buyer_message     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX trade_customer ON trade(customer_id, created_at_ms DESC);
CREATE INDEX trade_status ON trade(status, created_at_ms DESC);

CREATE TABLE trade_item (
    oid         TEXT PRIMARY KEY,
    tid         TEXT NOT NULL REFERENCES trade(tid) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    product_id  INTEGER REFERENCES product(id) ON DELETE SET NULL,
    sku_id      INTEGER REFERENCES sku(id) ON DELETE SET NULL,
    title       TEXT NOT NULL,
    sku_text    TEXT NOT NULL DEFAULT '',
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    price_fen   INTEGER NOT NULL CHECK (price_fen >= 0),
    payment_fen INTEGER NOT NULL CHECK (payment_fen >= 0)
) WITHOUT ROWID;
CREATE INDEX trade_item_tid ON trade_item(tid, position);

CREATE TABLE shipment (
    id              INTEGER PRIMARY KEY,
    tid             TEXT NOT NULL REFERENCES trade(tid) ON DELETE CASCADE,
    company         TEXT NOT NULL,
    tracking_number TEXT NOT NULL,
    consigned_at_ms INTEGER NOT NULL,
    UNIQUE (company, tracking_number)
);
CREATE INDEX shipment_tid ON shipment(tid);

CREATE TABLE shipment_event (
    shipment_id INTEGER NOT NULL REFERENCES shipment(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    at_ms       INTEGER NOT NULL,
    description TEXT NOT NULL,
    location    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (shipment_id, position)
) WITHOUT ROWID;

CREATE TABLE after_sale_case (
    id                     INTEGER PRIMARY KEY,
    refund_id              TEXT NOT NULL UNIQUE,
    tid                    TEXT NOT NULL REFERENCES trade(tid),
    oid                    TEXT NOT NULL DEFAULT '',
    customer_id            INTEGER NOT NULL REFERENCES customer(id),
    type                   TEXT NOT NULL CHECK (type IN ('refund_only', 'return_refund', 'exchange', 'repair')),
    reason                 TEXT NOT NULL DEFAULT '',
    amount_fen             INTEGER NOT NULL CHECK (amount_fen >= 0),
    status                 TEXT NOT NULL CHECK (status IN ('WAIT_SELLER_AGREE', 'WAIT_BUYER_RETURN_GOODS',
                               'WAIT_SELLER_CONFIRM_GOODS', 'SELLER_REFUSE_BUYER', 'CLOSED', 'SUCCESS')),
    handler_agent_id       INTEGER REFERENCES agent(id),
    return_company         TEXT NOT NULL DEFAULT '',
    return_tracking_number TEXT NOT NULL DEFAULT '',
    warehouse_note         TEXT NOT NULL DEFAULT '',
    created_at_ms          INTEGER NOT NULL,
    modified_at_ms         INTEGER NOT NULL
);
CREATE INDEX after_sale_status ON after_sale_case(status, modified_at_ms DESC);
CREATE INDEX after_sale_tid ON after_sale_case(tid);
CREATE INDEX after_sale_customer ON after_sale_case(customer_id, created_at_ms DESC);

CREATE TABLE after_sale_event (
    case_id     INTEGER NOT NULL REFERENCES after_sale_case(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    at_ms       INTEGER NOT NULL,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;

CREATE TABLE quick_phrase (
    id             INTEGER PRIMARY KEY,
    group_name     TEXT NOT NULL,
    scope          TEXT NOT NULL CHECK (scope IN ('shop', 'personal')),
    owner_agent_id INTEGER REFERENCES agent(id) ON DELETE CASCADE,
    shortcut_code  TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL CHECK (length(body) > 0),
    use_count      INTEGER NOT NULL DEFAULT 0 CHECK (use_count >= 0),
    sort_order     INTEGER NOT NULL DEFAULT 0,
    CHECK ((scope = 'personal') = (owner_agent_id IS NOT NULL))
);
CREATE INDEX quick_phrase_group ON quick_phrase(group_name, scope, owner_agent_id, sort_order);

CREATE TABLE knowledge_article (
    id        INTEGER PRIMARY KEY,
    category  TEXT NOT NULL,
    question  TEXT NOT NULL,
    answer    TEXT NOT NULL,
    keywords  TEXT NOT NULL DEFAULT '',  -- space-separated
    use_count INTEGER NOT NULL DEFAULT 0 CHECK (use_count >= 0)
);
CREATE INDEX knowledge_category ON knowledge_article(category, use_count DESC, id);

-- Full-text search. SQLite's tokenizers cannot find two-character Chinese words, so the store indexes text that
-- FtsText has already split into unigrams + bigrams (CJK) and words (Latin, digits); unicode61 then splits on spaces.
-- Contentless: the text lives in the tables above, the index only maps tokens to rowids.
-- product_fts keeps no per-row lengths (columnsize=0): bm25 then skips a lookup per matching row (3x faster on a common
-- word at 100k products) and stops favouring products with fewer SKUs; Taobao titles are all keyword-stuffed to
-- about the same length anyway.
CREATE VIRTUAL TABLE product_fts USING fts5(title, attributes, content='', columnsize=0, tokenize='unicode61');
CREATE VIRTUAL TABLE knowledge_fts USING fts5(question, answer, keywords, content='', tokenize='unicode61');
CREATE VIRTUAL TABLE message_fts USING fts5(body, content='', tokenize='unicode61', detail='none');
-- Messages are indexed after they are stored, not in the ingest transaction (FTS5 work was half the cost of an
-- append): MessageRepository::indexPending indexes every message past last_rowid, and search catches up first.
CREATE TABLE search_progress (
    name       TEXT PRIMARY KEY,
    last_rowid INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO search_progress (name, last_rowid) VALUES ('message', 0);
