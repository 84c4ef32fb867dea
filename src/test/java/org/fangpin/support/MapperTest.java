package org.fangpin.support;

import org.apache.ibatis.type.TypeHandler;
import org.fangpin.devservices.DevServices;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mappers and their SQL on the real database (migrated by Flyway), without Keycloak, HTTP or the services:
 * for tests of SQL alone, which start in seconds where {@link ApiTest} starts the whole API. Each test runs in a
 * transaction that is rolled back, so rows it writes are gone after it. The database is the one the API tests of
 * the same JVM use: a test writes rows of its own grids and never counts on the database being empty.
 */
@MybatisTest(includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = TypeHandler.class))
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
public abstract class MapperTest {

	/** Plain SQL beside the mappers, in the test's transaction. */
	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DevServices.databaseForTests().properties().forEach((name, value) -> registry.add(name, () -> value));
	}

}
