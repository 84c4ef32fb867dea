package org.fangpin.monitoring;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Update;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case events are append-only: no mapper statement anywhere updates or deletes one, so that no API path
 * can (the tables are reached only through mappers).
 */
class TimelineIsAppendOnlyTest {

	@Test
	void noMapperStatementUpdatesOrDeletesCaseEvents() throws IOException {
		Resource[] mappers = new PathMatchingResourcePatternResolver().getResources("classpath*:org/fangpin/**/*.xml");
		assertThat(mappers).isNotEmpty();
		for (Resource mapper : mappers) {
			String sql = mapper.getContentAsString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			assertThat(sql).as(mapper.getFilename())
				.doesNotContain("update case_event")
				.doesNotContain("delete from case_event")
				.doesNotContain("truncate");
		}
	}

	@Test
	void theCaseMapperHasNoAnnotatedUpdateOrDelete() {
		assertThat(Arrays.stream(CaseMapper.class.getMethods()))
			.noneMatch((Method method) -> method.isAnnotationPresent(Update.class) || method.isAnnotationPresent(Delete.class));
	}

}
