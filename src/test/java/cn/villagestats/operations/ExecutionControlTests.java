package cn.villagestats.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;

import cn.villagestats.consolidation.DeadRuns;
import cn.villagestats.consolidation.RunHeartbeat;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The operator's levers on a run that is left running. */
class ExecutionControlTests {

    private final JobOperator jobOperator = mock(JobOperator.class);
    private final ExecutionHistory history = mock(ExecutionHistory.class);
    private final JobRepository jobRepository = mock(JobRepository.class);
    private final ExecutionControl control = new ExecutionControl(jobOperator, history, null,
            new DeadRuns(jobRepository, mock(RunHeartbeat.class), Duration.ofMinutes(2)));

    @Test
    void shouldRefuseToRecoverARunWhoseProcessIsAlive() throws Exception {
        // given a run left STARTED by a process of this host that still runs (this one)
        JobExecution running = run(BatchStatus.STARTED, ProcessHandle.current().pid());
        when(history.find(7)).thenReturn(Optional.of(running));

        // when / then
        assertThatThrownBy(() -> control.recover(7)).isInstanceOf(OperatorException.class)
                .hasMessageContaining("is still running (pid " + ProcessHandle.current().pid());
        verify(jobRepository, never()).update(running);
    }

    @Test
    void shouldRecoverARunWhoseProcessIsGone() throws Exception {
        // given a run left STARTED by a process that no longer exists
        JobExecution crashed = run(BatchStatus.STARTED, Long.MAX_VALUE);
        when(history.find(7)).thenReturn(Optional.of(crashed));

        // when
        JobExecution recovered = control.recover(7);

        // then it is saved as failed, saying why
        assertThat(recovered).isSameAs(crashed);
        assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(recovered.getExitStatus().getExitDescription()).isEqualTo("进程已退出 (the process died)");
        verify(jobRepository).update(crashed);
    }

    @Test
    void shouldRefuseToAbandonAStoppingRunWhoseProcessIsStillWorking() throws Exception {
        // given a run asked to stop whose process (this one) has not finished its return yet
        JobExecution stopping = run(BatchStatus.STOPPING, ProcessHandle.current().pid());
        when(history.find(7)).thenReturn(Optional.of(stopping));

        // when / then: abandoned, it would free the period for a second run beside it
        assertThatThrownBy(() -> control.abandon(7)).isInstanceOf(OperatorException.class)
                .hasMessageContaining("run #7 is still STOPPING (pid " + ProcessHandle.current().pid());
        verify(jobOperator, never()).abandon(stopping);
    }

    @Test
    void shouldAbandonAStoppingRunWhoseProcessIsGone() throws Exception {
        // given a run asked to stop whose process died before it stopped
        JobExecution stopping = run(BatchStatus.STOPPING, Long.MAX_VALUE);
        when(history.find(7)).thenReturn(Optional.of(stopping));
        when(jobOperator.abandon(stopping)).thenReturn(stopping);

        // when
        JobExecution abandoned = control.abandon(7);

        // then
        assertThat(abandoned).isSameAs(stopping);
        verify(jobOperator).abandon(stopping);
    }

    private static JobExecution run(BatchStatus status, long pid) throws Exception {
        // as RunProcess records a starting run
        ExecutionContext context = new ExecutionContext();
        context.putString("run.host", InetAddress.getLocalHost().getHostName());
        context.putLong("run.pid", pid);
        JobExecution execution = new JobExecution(7L, new JobInstance(1L, "consolidateReturnsJob"),
                new JobParameters());
        execution.setExecutionContext(context);
        execution.setStatus(status);
        return execution;
    }
}
