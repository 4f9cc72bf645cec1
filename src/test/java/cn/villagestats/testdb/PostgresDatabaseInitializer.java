package cn.villagestats.testdb;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points an application context at a fresh PostgreSQL database and drops the database
 * when the context closes, after the connection pool: the pool is made to depend on it.
 */
class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String BEAN = "villagestatsTestDatabase";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        TestPropertyValues.of("spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()).applyTo(context);
        context.addBeanFactoryPostProcessor(factory -> {
            DefaultListableBeanFactory beans = (DefaultListableBeanFactory) factory;
            beans.registerSingleton(BEAN, database);
            beans.registerDisposableBean(BEAN, database::close);
            beans.registerDependentBean(BEAN, "dataSource");
        });
    }
}
