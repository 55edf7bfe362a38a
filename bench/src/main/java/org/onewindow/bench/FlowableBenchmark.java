package org.onewindow.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * Issue #4's comparison: the same process (accept → 3 parallel department reviews → decide) as
 * BPMN on Flowable 7.2.0 with its default settings (standalone configuration, history level
 * {@code audit}, synchronous, its own MyBatis connection pool), in a database of its own
 * ({@value #DATABASE}) on the same PostgreSQL server, driven by the same number of workers.
 *
 * <p>Each operation is one whole case: {@code startProcessInstanceByKey} with a business key, then
 * the acceptance, the three reviews and the decision, each found with a task query on the process
 * instance and finished with {@code taskService.complete}. The tasks carry candidate groups (the
 * department and role), as a BPMN model of department work would, but Flowable checks nothing on
 * complete, writes no audit log and publishes no events: it does less than OneWindow's engine.
 *
 * <p>Settings: {@code flowable.warmup} (2m), {@code flowable.measure} (90s), {@code flowable.threads} (8).
 */
final class FlowableBenchmark implements AutoCloseable {

    static final String DATABASE = "onewindow_bench_flowable";
    static final String PROCESS = "jointReview";

    static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn"
                         targetNamespace="http://onewindow.org/bench">
              <process id="jointReview" name="并联审批" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="toAccept" sourceRef="start" targetRef="accept"/>
                <userTask id="accept" name="受理" flowable:candidateGroups="amr:WINDOW_CLERK"/>
                <sequenceFlow id="toFork" sourceRef="accept" targetRef="fork"/>
                <parallelGateway id="fork"/>
                <sequenceFlow id="toAmr" sourceRef="fork" targetRef="reviewAmr"/>
                <sequenceFlow id="toTax" sourceRef="fork" targetRef="reviewTax"/>
                <sequenceFlow id="toPsb" sourceRef="fork" targetRef="reviewPsb"/>
                <userTask id="reviewAmr" name="市场监管审查" flowable:candidateGroups="amr:REVIEWER"/>
                <userTask id="reviewTax" name="税务审查" flowable:candidateGroups="tax:REVIEWER"/>
                <userTask id="reviewPsb" name="公安审查" flowable:candidateGroups="psb:REVIEWER"/>
                <sequenceFlow id="amrToJoin" sourceRef="reviewAmr" targetRef="join"/>
                <sequenceFlow id="taxToJoin" sourceRef="reviewTax" targetRef="join"/>
                <sequenceFlow id="psbToJoin" sourceRef="reviewPsb" targetRef="join"/>
                <parallelGateway id="join"/>
                <sequenceFlow id="toDecide" sourceRef="join" targetRef="decide"/>
                <userTask id="decide" name="决定" flowable:candidateGroups="amr:APPROVER"/>
                <sequenceFlow id="toEnd" sourceRef="decide" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    private final BenchDatabase database;
    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final AtomicLong sequence = new AtomicLong();

    FlowableBenchmark(BenchDatabase database) throws Exception {
        this.database = database;
        database.recreateDatabase(DATABASE);
        long started = System.nanoTime();
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(database.urlOf(DATABASE))
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername(database.user())
                .setJdbcPassword(database.password())
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                // The default, said explicitly: issue #4 compares against history level audit.
                .setHistoryLevel(HistoryLevel.AUDIT);
        this.engine = configuration.buildProcessEngine();
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        engine.getRepositoryService().createDeployment()
                .addString("joint-review.bpmn20.xml", BPMN)
                .name("onewindow-bench")
                .deploy();
        System.out.printf("Flowable %s engine built and the process deployed in %.1f s (database %s)%n",
                ProcessEngine.class.getPackage().getImplementationVersion(), (System.nanoTime() - started) / 1e9,
                DATABASE);
    }

    /** One whole case, from the start of the process instance to the decision. */
    void oneCase() {
        String businessKey = "BENCH-" + sequence.incrementAndGet();
        String instance = runtime.startProcessInstanceByKey(PROCESS, businessKey).getId();
        Task accept = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        tasks.complete(accept.getId());
        List<Task> reviews = tasks.createTaskQuery().processInstanceId(instance).list();
        if (reviews.size() != 3) {
            throw new IllegalStateException("Expected 3 parallel reviews, found " + reviews.size());
        }
        for (Task review : reviews) {
            tasks.complete(review.getId());
        }
        Task decide = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        if (decide == null || !decide.getTaskDefinitionKey().equals("decide")) {
            throw new IllegalStateException("Expected the decision after the join, found " + decide);
        }
        tasks.complete(decide.getId());
    }

    EngineBenchmark.Result run(int threads, Duration warmup, Duration measure, StatementCounts statements)
            throws Exception {
        LoadDriver driver = new LoadDriver(threads, Thread.ofPlatform().name("flowable-", 0).factory(), 0);
        StatementCounts.Counts[] counted = new StatementCounts.Counts[1];
        Measurement measurement = driver.run(warmup, measure, worker -> oneCase(), new LoadDriver.Hooks() {
            @Override
            public void measureStarted() {
                statements.reset();
            }

            @Override
            public void measureEnded() {
                counted[0] = statements.read(DATABASE, EngineBenchmark.SEED_MARK);
                statements.printTop(DATABASE, 25);
            }
        });
        return new EngineBenchmark.Result(measurement, threads, warmup, counted[0]);
    }

    /** Finished process instances in Flowable's history, for the consistency line. */
    String consistency() {
        long finished = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
        long running = runtime.createProcessInstanceQuery().count();
        return "%,d process instances finished, %,d running".formatted(finished, running);
    }

    @Override
    public void close() throws Exception {
        engine.close();
        database.dropDatabase(DATABASE);
    }
}
