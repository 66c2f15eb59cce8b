DROP INDEX `participants_meeting_idx`;--> statement-breakpoint
CREATE INDEX `participants_meeting_idx` ON `participants` (`meeting_id`,`position`,`id`,`person_id`,`organization_id`,`title`,`role`);--> statement-breakpoint
CREATE INDEX `organizations_summary_idx` ON `organizations` (`id`,`name`,`abbreviation`,`kind`,`country_code`);--> statement-breakpoint
CREATE INDEX `persons_summary_idx` ON `persons` (`id`,`name`);--> statement-breakpoint
CREATE INDEX `themes_summary_idx` ON `themes` (`id`,`label`,`parent_id`);