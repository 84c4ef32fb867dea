package org.fangpin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FangpinApplication {

	public static void main(String[] args) {
		SpringApplication.run(FangpinApplication.class, args);
	}

}
