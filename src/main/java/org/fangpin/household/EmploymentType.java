package org.fangpin.household;

/** 务工状况: working locally (本地务工) or as a migrant (外出务工). */
public enum EmploymentType {

	LOCAL, MIGRANT

}
