package org.fangpin.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.fangpin.household.IdNumber;

/** Inputs the tests make up: persons of a second fictional county (region 999902), households. */
public final class TestData {

	private static final AtomicInteger nextPerson = new AtomicInteger(1);

	private TestData() {
	}

	/** A fresh, valid ID number of a man born 1985-06-15 (sequence odd, check character computed). */
	public static String newIdNumber() {
		int person = nextPerson.getAndIncrement();
		String first17 = "999902" + (19850615 + person / 500) + "%03d".formatted((2 * person + 1) % 1000);
		return first17 + IdNumber.checkCharacter(first17);
	}

	/** A registerHousehold input with a head of that ID number. */
	public static Map<String, Object> registration(String groupCode, String headIdNumber) {
		Map<String, Object> head = new HashMap<>(Map.of("name", "赵测试", "idNumber", headIdNumber, "health", "HEALTHY",
				"labourCapacity", "ORDINARY", "medicalInsurance", true));
		return new HashMap<>(Map.of("groupCode", groupCode, "address", "青禾县测试地址 1 号", "category", "ORDINARY", "phone",
				"13912345678", "head", head));
	}

}
