-- Parley schema, version 3: messages people can work with (specs M-3 … M-9, M-12).
-- Runs unchanged on H2 2.x and PostgreSQL 12+.

-- messages.text stays the newest version ('' for a message that is only an attachment).
-- deleted_at set: a tombstone; text and attachment stay stored for admins (spec M-5).
-- anonymous: shown without author to others; author_id is still stored (spec M-7).
-- score: the sum of the message's votes, kept in the transaction that changes a vote, so a page
-- shows sums without aggregating votes (spec M-6).
ALTER TABLE messages ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE messages ADD COLUMN deleted_by BIGINT REFERENCES users (id);
ALTER TABLE messages ADD COLUMN anonymous BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE messages ADD COLUMN score INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE messages ADD COLUMN reply_to BIGINT;

-- Earlier versions of edited messages (the newest is messages.text); version 1 is the original.
-- created_at is when that version was written (the original's is messages.created_at).
CREATE TABLE message_versions (
    message_id BIGINT        NOT NULL,
    version    INTEGER       NOT NULL,
    text       VARCHAR(8000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (message_id, version)
);

-- One vote per user per message: +1 or -1; removing a vote deletes the row. Never sent to anyone
-- but the voter (their own vote).
CREATE TABLE votes (
    message_id BIGINT   NOT NULL,
    user_id    BIGINT   NOT NULL REFERENCES users (id),
    vote_value SMALLINT NOT NULL,
    PRIMARY KEY (message_id, user_id)
);
-- Every message stored before votes existed gets its author's automatic upvote.
INSERT INTO votes (message_id, user_id, vote_value) SELECT id, author_id, 1 FROM messages;
UPDATE messages SET score = 1;

CREATE TABLE reactions (
    message_id BIGINT      NOT NULL,
    emoji      VARCHAR(16) NOT NULL,
    user_id    BIGINT      NOT NULL REFERENCES users (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (message_id, emoji, user_id)
);

-- Users mentioned as @username in a message (spec M-12); by user for mention marks and
-- notifications (spec R-4, A-4).
CREATE TABLE mentions (
    message_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (message_id, user_id)
);
CREATE INDEX mentions_user_idx ON mentions (user_id, message_id);

-- A user becomes a member of a room by opening it (for @ completion and member lists, R-5).
CREATE TABLE room_members (
    room_id   BIGINT NOT NULL REFERENCES rooms (id),
    user_id   BIGINT NOT NULL REFERENCES users (id),
    joined_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (room_id, user_id)
);
