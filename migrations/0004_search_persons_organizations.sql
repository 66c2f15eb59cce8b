-- Full-text search over persons (name, other names) and organizations (name, abbreviation), for /v1/search.
-- Both tables have text keys, so the index keeps the id as an unindexed column and triggers keep it in step.
CREATE VIRTUAL TABLE `persons_fts` USING fts5(id UNINDEXED, name, other_names, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `organizations_fts` USING fts5(id UNINDEXED, name, abbreviation, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO persons_fts (id, name, other_names) SELECT id, name, other_names FROM persons;
--> statement-breakpoint
INSERT INTO organizations_fts (id, name, abbreviation) SELECT id, name, coalesce(abbreviation, '') FROM organizations;
--> statement-breakpoint
CREATE TRIGGER `persons_fts_insert` AFTER INSERT ON `persons` BEGIN
  INSERT INTO persons_fts (id, name, other_names) VALUES (NEW.id, NEW.name, NEW.other_names);
END;
--> statement-breakpoint
CREATE TRIGGER `persons_fts_update` AFTER UPDATE OF name, other_names ON `persons` BEGIN
  DELETE FROM persons_fts WHERE id = OLD.id;
  INSERT INTO persons_fts (id, name, other_names) VALUES (NEW.id, NEW.name, NEW.other_names);
END;
--> statement-breakpoint
CREATE TRIGGER `persons_fts_delete` AFTER DELETE ON `persons` BEGIN
  DELETE FROM persons_fts WHERE id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_fts_insert` AFTER INSERT ON `organizations` BEGIN
  INSERT INTO organizations_fts (id, name, abbreviation) VALUES (NEW.id, NEW.name, coalesce(NEW.abbreviation, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_fts_update` AFTER UPDATE OF name, abbreviation ON `organizations` BEGIN
  DELETE FROM organizations_fts WHERE id = OLD.id;
  INSERT INTO organizations_fts (id, name, abbreviation) VALUES (NEW.id, NEW.name, coalesce(NEW.abbreviation, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_fts_delete` AFTER DELETE ON `organizations` BEGIN
  DELETE FROM organizations_fts WHERE id = OLD.id;
END;
