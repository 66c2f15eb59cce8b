CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`prefix` text NOT NULL,
	`hash` text NOT NULL,
	`scopes` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`revoked_at` text,
	`last_used_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_idx` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE TABLE `meeting_parties` (
	`meeting_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`role` text DEFAULT 'participant' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`meeting_first_day` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `organization_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "meeting_parties_role_check" CHECK(role in ('host', 'guest', 'participant', 'observer', 'mediator'))
);
--> statement-breakpoint
CREATE INDEX `meeting_parties_organization_idx` ON `meeting_parties` (`organization_id`,`meeting_first_day`,`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_sources` (
	`meeting_id` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `source_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_sources_source_idx` ON `meeting_sources` (`source_id`,`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_themes` (
	`meeting_id` text NOT NULL,
	`theme_id` text NOT NULL,
	`meeting_first_day` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `theme_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_themes_theme_idx` ON `meeting_themes` (`theme_id`,`meeting_first_day`,`meeting_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`start_date` text NOT NULL,
	`end_date` text,
	`first_day` text NOT NULL,
	`last_day` text NOT NULL,
	`date_note` text,
	`format` text DEFAULT 'unknown' NOT NULL,
	`status` text DEFAULT 'held' NOT NULL,
	`location_name` text,
	`location_country_code` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "meetings_format_check" CHECK(format in ('in_person', 'videoconference', 'phone_call', 'hybrid', 'written', 'unknown')),
	CONSTRAINT "meetings_status_check" CHECK(status in ('held', 'planned', 'cancelled'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_id_idx` ON `meetings` (`id`);--> statement-breakpoint
CREATE INDEX `meetings_first_day_idx` ON `meetings` (`first_day`,`id`);--> statement-breakpoint
CREATE INDEX `meetings_last_day_idx` ON `meetings` (`last_day`);--> statement-breakpoint
CREATE INDEX `meetings_format_idx` ON `meetings` (`format`,`first_day`);--> statement-breakpoint
CREATE INDEX `meetings_location_country_idx` ON `meetings` (`location_country_code`,`first_day`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`abbreviation` text,
	`kind` text NOT NULL,
	`country_code` text,
	`parent_id` text,
	`wikidata_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "organizations_kind_check" CHECK(kind in ('state', 'intergovernmental', 'ministry', 'agency', 'ngo', 'other'))
);
--> statement-breakpoint
CREATE INDEX `organizations_country_code_idx` ON `organizations` (`country_code`);--> statement-breakpoint
CREATE INDEX `organizations_parent_id_idx` ON `organizations` (`parent_id`);--> statement-breakpoint
CREATE INDEX `organizations_name_idx` ON `organizations` (`name`,`id`);--> statement-breakpoint
CREATE TABLE `participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` text NOT NULL,
	`person_id` text NOT NULL,
	`organization_id` text,
	`title` text,
	`role` text DEFAULT 'delegate' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`meeting_first_day` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "participants_role_check" CHECK(role in ('head_of_delegation', 'delegate', 'host', 'observer', 'chair'))
);
--> statement-breakpoint
CREATE INDEX `participants_meeting_idx` ON `participants` (`meeting_id`,`position`);--> statement-breakpoint
CREATE INDEX `participants_person_idx` ON `participants` (`person_id`,`meeting_first_day`,`meeting_id`);--> statement-breakpoint
CREATE INDEX `participants_organization_idx` ON `participants` (`organization_id`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`other_names` text DEFAULT '[]' NOT NULL,
	`wikidata_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `persons_name_idx` ON `persons` (`name`,`id`);--> statement-breakpoint
CREATE TABLE `proposal_themes` (
	`proposal_id` text NOT NULL,
	`theme_id` text NOT NULL,
	PRIMARY KEY(`proposal_id`, `theme_id`),
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposal_themes_theme_idx` ON `proposal_themes` (`theme_id`,`proposal_id`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`meeting_id` text NOT NULL,
	`organization_id` text,
	`person_id` text,
	`summary` text NOT NULL,
	`kind` text DEFAULT 'other' NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`quote` text,
	`source_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "proposals_kind_check" CHECK(kind in ('strategy', 'institution', 'conference', 'instrument', 'project', 'commitment', 'agreement', 'other')),
	CONSTRAINT "proposals_status_check" CHECK(status in ('proposed', 'under_consideration', 'accepted', 'rejected', 'implemented', 'unknown'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_id_idx` ON `proposals` (`id`);--> statement-breakpoint
CREATE INDEX `proposals_meeting_idx` ON `proposals` (`meeting_id`,`position`);--> statement-breakpoint
CREATE INDEX `proposals_organization_idx` ON `proposals` (`organization_id`);--> statement-breakpoint
CREATE INDEX `proposals_person_idx` ON `proposals` (`person_id`);--> statement-breakpoint
CREATE INDEX `proposals_status_idx` ON `proposals` (`status`);--> statement-breakpoint
CREATE INDEX `proposals_kind_idx` ON `proposals` (`kind`);--> statement-breakpoint
CREATE INDEX `proposals_source_idx` ON `proposals` (`source_id`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`api_key_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`api_key_id`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `revisions_entity_idx` ON `revisions` (`entity_type`,`entity_id`,`version`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`publisher` text NOT NULL,
	`via` text DEFAULT '[]' NOT NULL,
	`url` text,
	`title` text,
	`published_on` text,
	`dateline` text,
	`language` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` text NOT NULL,
	`organization_id` text,
	`kind` text DEFAULT 'other' NOT NULL,
	`text` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statements_kind_check" CHECK(kind in ('noted', 'stressed', 'agreed', 'discussed', 'expressed', 'announced', 'mentioned', 'other'))
);
--> statement-breakpoint
CREATE INDEX `statements_meeting_idx` ON `statements` (`meeting_id`,`position`);--> statement-breakpoint
CREATE INDEX `statements_organization_idx` ON `statements` (`organization_id`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`description` text,
	`parent_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `themes_parent_id_idx` ON `themes` (`parent_id`);