package org.fangpin.warning;

import org.fangpin.graphql.ApiException;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.Department;

/** The department a department account speaks for, and the county it serves. */
record DepartmentAccount(Department department, GridCode county) {

	/** The caller's, once the duty of the mutation was checked on the county. */
	static DepartmentAccount of(Act act) {
		Caller caller = act.caller();
		Department department = caller.scope().getDepartment();
		GridCode county = caller.departmentCounty();
		if (department == null || county == null) {
			throw ApiException.forbidden("部门账号需指定所属部门和服务的县 (a department account needs its department and county)");
		}
		act.check(county);
		return new DepartmentAccount(department, county);
	}

}
