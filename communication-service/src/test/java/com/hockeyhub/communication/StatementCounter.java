package com.hockeyhub.communication;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Records the SQL statements the current thread executes between {@link #start()} and {@link #stop()} (a test's
 * statement budget per request; MockMvc runs the request on the test's thread). The tenant setting written at a
 * connection checkout is left out: it depends on which club the pooled connection served last.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    public static void start() {
        RECORDED.set(new ArrayList<>());
    }

    /** The statements executed since {@link #start()}, in order. */
    public static List<String> stop() {
        List<String> recorded = RECORDED.get();
        RECORDED.remove();
        return recorded == null ? List.of() : recorded;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && "dataSource".equals(beanName) ? new Counting(dataSource) : bean;
    }

    private static void record(String sql) {
        List<String> recorded = RECORDED.get();
        if (recorded != null && sql != null && !sql.contains("set_config('hockeyhub.organization_id'")) {
            recorded.add(sql.strip());
        }
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (!(result instanceof Statement statement)) {
                        return result;
                    }
                    String sql = method.getName().startsWith("prepare") ? (String) args[0] : null;
                    Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                    return statement(type, statement, sql);
                });
    }

    private static Object statement(Class<?> type, Statement target, String prepared) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                record(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
            }
            return invoke(target, method, args);
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
