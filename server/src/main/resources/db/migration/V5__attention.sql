-- Parley schema, version 5: private chats, read state, unread counts and notification settings
-- (specs R-3, R-4, A-1, A-2, A-4). Runs unchanged on H2 2.x and PostgreSQL 12+.

-- A private 1:1 chat is a room of kind 'private' (name_key NULL, so it never takes a public
-- room's name) whose two participants are stored as the lower and the higher user id: one room
-- per unordered pair, whoever starts it. Public rooms leave both NULL, which the unique key
-- allows any number of times.
ALTER TABLE rooms ADD COLUMN private_low BIGINT REFERENCES users (id);
ALTER TABLE rooms ADD COLUMN private_high BIGINT REFERENCES users (id);
ALTER TABLE rooms ADD CONSTRAINT rooms_private_pair_uq UNIQUE (private_low, private_high);
-- a user's private chats are found by either column (the unique key serves private_low)
CREATE INDEX rooms_private_high_idx ON rooms (private_high);

-- Messages with an id up to read_floor count as read for that user: a new account starts at the
-- newest message stored when it was created, so a history from before it never counts as unread
-- (and counting never has to scan it). Accounts that exist now start at the newest message:
-- after the upgrade nothing is unread, counts start from here.
ALTER TABLE users ADD COLUMN read_floor BIGINT DEFAULT 0 NOT NULL;
UPDATE users SET read_floor = (SELECT COALESCE(MAX(id), 0) FROM messages);

-- Per user and conversation: the last message read (0: none; only ever moves forward) and
-- whether the conversation notifies them. No row means nothing read and notifications on.
CREATE TABLE read_state (
    user_id       BIGINT  NOT NULL REFERENCES users (id),
    room_id       BIGINT  NOT NULL REFERENCES rooms (id),
    last_read     BIGINT  DEFAULT 0 NOT NULL,
    notifications BOOLEAN DEFAULT TRUE NOT NULL,
    PRIMARY KEY (user_id, room_id)
);

