package org.fangpin.graphql;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Controller methods run on the thread that executes the request. Spring Boot gives Spring for GraphQL the
 * application's executor, and Spring for GraphQL runs every controller method that may block on a thread of that
 * executor: the response is then completed on another thread, and Spring MVC dispatches the request a second
 * time to write it. The request already has a thread of its own, which may block.
 */
@Configuration(proxyBeanMethods = false)
class ControllerThreads {

	@Bean
	static BeanPostProcessor controllerMethodsOnTheRequestThread() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer controllers) {
					controllers.setBlockingMethodPredicate((method) -> false);
				}
				return bean;
			}

		};
	}

}
