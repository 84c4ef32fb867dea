package org.fangpin.settings;

import java.util.List;

import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.settings.CountySettings.CountySettingPayload;
import org.fangpin.settings.CountySettings.SetCountySettingInput;
import org.fangpin.settings.CountySettings.SettingValue;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.countySettings} and {@code Mutation.setCountySetting}. */
@Controller
class CountySettingController {

	private final CountySettings settings;

	CountySettingController(CountySettings settings) {
		this.settings = settings;
	}

	@QueryMapping
	List<SettingValue> countySettings(@Argument @Nullable String countyCode, @ContextValue Caller caller) {
		return this.settings.list(caller, countyCode);
	}

	@MutationMapping
	CountySettingPayload setCountySetting(@Argument SetCountySettingInput input, Act act) {
		return this.settings.set(act, input);
	}

}
