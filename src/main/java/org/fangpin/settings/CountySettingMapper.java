package org.fangpin.settings;

import org.fangpin.security.rows.ReadsWithoutScope;
import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The values counties have set; a setting not set has no row. */
@Mapper
interface CountySettingMapper {

	/** A county's own value of a setting. */
	record Row(String countyCode, CountySetting name, int value, int version, String changedBy, Instant changedAt) {
	}

	@Select("""
			SELECT county_code, name, setting_value, version, changed_by, changed_at FROM county_setting
			WHERE county_code = #{countyCode}""")
	@ConstructorArgs({ @Arg(column = "county_code", javaType = String.class),
			@Arg(column = "name", javaType = CountySetting.class), @Arg(column = "setting_value", javaType = int.class),
			@Arg(column = "version", javaType = int.class), @Arg(column = "changed_by", javaType = String.class),
			@Arg(column = "changed_at", javaType = Instant.class) })
	@ReadsWithoutScope("a county's settings, which everyone working in the county reads")
	List<Row> findAll(@Param("countyCode") String countyCode);

	@Insert("""
			INSERT INTO county_setting (county_code, name, setting_value, version, changed_by, changed_at)
			VALUES (#{r.countyCode}, #{r.name}, #{r.value}, 0, #{r.changedBy}, #{r.changedAt})""")
	void insert(@Param("r") Row row);

	/** Moves the value on from the version read; 0 rows when someone else changed it first. */
	@Update("""
			UPDATE county_setting SET setting_value = #{r.value}, version = version + 1, changed_by = #{r.changedBy},
			  changed_at = #{r.changedAt}
			WHERE county_code = #{r.countyCode} AND name = #{r.name} AND version = #{r.version}""")
	int update(@Param("r") Row row);

}
