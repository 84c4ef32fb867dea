package org.fangpin.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations and mapper statements keep to what runs unchanged on a distributed MySQL-compatible
 * engine (TiDB 8.5 and later) as well as on MySQL and MariaDB: see docs/scaling.md.
 */
class DistributedSqlRulesTest {

	/** What a distributed engine does not have, or has only as a hot spot. */
	private static final Map<String, Pattern> FORBIDDEN = Map.of(
			"AUTO_INCREMENT (ids are made by the application, spread over the key range)",
			Pattern.compile("\\bAUTO_INCREMENT\\b"),
			"GET_LOCK / RELEASE_LOCK (named locks are not shared across a cluster)",
			Pattern.compile("\\b(GET_LOCK|RELEASE_LOCK|IS_FREE_LOCK)\\s*\\("),
			"SKIP LOCKED / NOWAIT (lock a parent row instead)", Pattern.compile("\\b(SKIP\\s+LOCKED|NOWAIT)\\b"),
			"LOCK IN SHARE MODE / FOR SHARE (shared locks are a no-op or an error on TiDB)",
			Pattern.compile("\\b(LOCK\\s+IN\\s+SHARE\\s+MODE|FOR\\s+SHARE)\\b"),
			"CREATE TABLE ... SELECT (not supported by TiDB)",
			Pattern.compile("\\bCREATE\\s+(TEMPORARY\\s+)?TABLE\\b[^;]*?\\)?\\s*(AS\\s+)?SELECT\\b"),
			"triggers, stored procedures, functions and events (not supported by TiDB)",
			Pattern.compile("\\bCREATE\\s+(DEFINER\\s*=\\s*\\S+\\s+)?(TRIGGER|PROCEDURE|FUNCTION|EVENT)\\b"),
			"FULLTEXT / SPATIAL indexes", Pattern.compile("\\b(FULLTEXT|SPATIAL)\\s+(KEY|INDEX)\\b"));

	/**
	 * Locking reads of a range would rely on InnoDB's gap locks, which a distributed engine does not take. The
	 * ones listed here are safe because the statement that calls them has locked the parent row first.
	 */
	private static final Map<String, String> RANGE_LOCKS_UNDER_PARENT_LOCK = Map.of(
			"org.fangpin.household.HouseholdMapper.countInGroup", "GridMapper.lockGroup locks the group grid row first",
			"org.fangpin.household.HouseholdMapper.maxNumberInGroup",
			"GridMapper.lockGroup locks the group grid row first");

	private static final Pattern STATEMENT = Pattern.compile(
			"<(select|insert|update|delete|sql)\\s+id=\"([^\"]+)\"[^>]*>(.*?)</\\1>", Pattern.DOTALL);

	private static final Pattern LOCK_BY_KEY = Pattern.compile(
			"WHERE\\s+(\\w+\\.)?(id|code)\\s*=\\s*(#\\{[^}]+\\}|\\d+)(\\s+AND\\s+[^\\s]+\\s*=\\s*\\S+)?\\s+FOR\\s+UPDATE",
			Pattern.CASE_INSENSITIVE);

	/**
	 * The migrations kept for MySQL and MariaDB only: the append-only triggers of the audit trail and of the
	 * access log, each a point release of the migration that made its tables, holding nothing else. On TiDB
	 * the API's database account gets no UPDATE or DELETE on those tables instead (docs/scaling.md).
	 */
	private static final Pattern MYSQL_ONLY = Pattern.compile("V\\d+_1__\\w+_append_only\\.sql");

	/** What such a migration may hold: triggers that refuse every UPDATE and DELETE, nothing else. */
	private static final Pattern APPEND_ONLY_TRIGGERS = Pattern.compile("(\\s*CREATE TRIGGER \\w+ BEFORE (UPDATE|DELETE) ON "
			+ "\\w+ FOR EACH ROW\\s+SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '[\\w -]+';)+\\s*");

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@Test
	void migrationsAndMappersUseNothingADistributedEngineLacks() throws IOException {
		List<String> violations = new ArrayList<>();
		for (Resource resource : sqlSources()) {
			if (resource.getFilename() != null && MYSQL_ONLY.matcher(resource.getFilename()).matches()) {
				String triggers = withoutComments(resource.getContentAsString(StandardCharsets.UTF_8));
				if (!APPEND_ONLY_TRIGGERS.matcher(triggers).matches()) {
					violations.add(resource.getFilename() + ": holds more than append-only triggers");
				}
				continue;
			}
			String text = withoutComments(resource.getContentAsString(StandardCharsets.UTF_8)).toUpperCase(Locale.ROOT);
			FORBIDDEN.forEach((rule, pattern) -> {
				if (pattern.matcher(text).find()) {
					violations.add(resource.getFilename() + ": " + rule);
				}
			});
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void rowsAreLockedByKeyOrUnderALockedParent() throws IOException {
		List<String> violations = new ArrayList<>();
		for (Resource mapper : this.resources.getResources("classpath*:org/fangpin/**/*Mapper.xml")) {
			String xml = mapper.getContentAsString(StandardCharsets.UTF_8);
			String namespace = xml.replaceAll("(?s).*<mapper\\s+namespace=\"([^\"]+)\".*", "$1");
			Matcher statement = STATEMENT.matcher(xml);
			while (statement.find()) {
				String id = namespace + "." + statement.group(2);
				String sql = statement.group(3).replaceAll("\\s+", " ");
				if (sql.toUpperCase(Locale.ROOT).contains("FOR UPDATE") && !LOCK_BY_KEY.matcher(sql).find()
						&& !RANGE_LOCKS_UNDER_PARENT_LOCK.containsKey(id)) {
					violations.add(id + ": locks a range; lock the parent row instead, or say why it is safe here");
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	/** Every index of household starts with a grid code, so a page of one grid is one range of one index. */
	@Test
	void householdIndexesLeadWithAGridCode() throws IOException {
		List<String> leading = new ArrayList<>();
		Pattern tableKey = Pattern.compile("\\b(?:UNIQUE\\s+)?KEY\\s+\\w+\\s*\\(\\s*(\\w+)");
		Pattern createIndex = Pattern.compile("CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+\\w+\\s+ON\\s+household\\s*\\(\\s*(\\w+)",
				Pattern.CASE_INSENSITIVE);
		Pattern householdTable = Pattern.compile("CREATE\\s+TABLE\\s+household\\s*\\((.*?)\\)\\s*ENGINE",
				Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
		for (Resource migration : this.resources.getResources("classpath*:db/migration/*.sql")) {
			String sql = withoutComments(migration.getContentAsString(StandardCharsets.UTF_8));
			Matcher table = householdTable.matcher(sql);
			if (table.find()) {
				Matcher key = tableKey.matcher(table.group(1));
				while (key.find()) {
					leading.add(key.group(1));
				}
			}
			Matcher index = createIndex.matcher(sql);
			while (index.find()) {
				leading.add(index.group(1));
			}
		}
		// the household number is the group code followed by a sequence: it leads with the grid code too
		assertThat(leading).isNotEmpty()
			.allSatisfy((column) -> assertThat(column).matches("(county|township|village|group)_code|household_number"));
	}

	private List<Resource> sqlSources() throws IOException {
		List<Resource> all = new ArrayList<>(List.of(this.resources.getResources("classpath*:db/migration/*.sql")));
		all.addAll(List.of(this.resources.getResources("classpath*:org/fangpin/**/*.xml")));
		assertThat(all).hasSizeGreaterThan(5);
		return all;
	}

	private static String withoutComments(String text) {
		return text.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?m)--.*$", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
	}

}
