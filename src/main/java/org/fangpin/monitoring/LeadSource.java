package org.fangpin.monitoring;

/** 排查方式: how a lead was found (seed 001: self-declaration, cadre inspection, department warning; hotline and media; the system's own rules). */
public enum LeadSource {

	SELF_DECLARATION, CADRE_INSPECTION, DEPARTMENT_WARNING, HOTLINE_PETITION, MEDIA, RULE

}
