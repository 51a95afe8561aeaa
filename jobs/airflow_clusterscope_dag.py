"""clusterscope's nightly run in Apache Airflow 2 (docs/operations.md, "Scheduling (cron, Airflow)").

Copy into the DAG folder and adapt CLUSTERSCOPE_HOME, CONFIG, SUBMIT_OPTIONS and the alert address.

The run goes through jobs/submit (spark-submit on YARN, Kubernetes or a standalone cluster), and
its exit code decides what happens next (README, "Exit codes"):

  0  success.
  1  a failure a later attempt can get past: the warehouse locked by another run, the metastore
     held by another process, a lost cluster or driver, a cancelled run. Retried, up to RETRIES
     times, RETRY_DELAY apart (the delay doubling each time).
  2  a usage or configuration error, and
  3  an input or data-quality failure (a missing file, too many rejected records, a disclosure
     found by the audit): a rerun gives the same answer. Failed at once without retrying
     (AirflowFailException), which alerts.
  anything else (a signal: 137 killed, 143 terminated): retried like 1.

A BashOperator would retry every non-zero exit alike, so the command runs from a Python task
that maps the exit code itself; the task's log holds the run's output.
"""

import os
import subprocess
from datetime import datetime, timedelta

from airflow import DAG
from airflow.exceptions import AirflowException, AirflowFailException
from airflow.operators.python import PythonOperator

CLUSTERSCOPE_HOME = "/opt/clusterscope"
CONFIG = "/etc/clusterscope/prod.conf"
# spark-submit options for the cluster (jobs/submit reads SPARK_SUBMIT_OPTS_EXTRA).
SUBMIT_OPTIONS = "--master yarn --deploy-mode client --executor-memory 4g --num-executors 8"
ALERT_EMAILS = ["statistics-ops@example.org"]
RETRIES = 3
RETRY_DELAY = timedelta(minutes=15)

RETRY_CODES = {1}
NO_RETRY_CODES = {
    2: "a usage or configuration error: fix the command or the configuration, then clear the task",
    3: "an input or data-quality failure: fix the input files, then clear the task",
}


def run_clusterscope(command, **_):
    """Runs `jobs/submit <command>` and turns its exit code into success, retry or alert."""
    completed = subprocess.run(
        [f"{CLUSTERSCOPE_HOME}/jobs/submit", *command],
        cwd=CLUSTERSCOPE_HOME,
        env={**os.environ, "SPARK_SUBMIT_OPTS_EXTRA": SUBMIT_OPTIONS},
        check=False,
    )
    code = completed.returncode
    if code == 0:
        return code
    if code in NO_RETRY_CODES:
        raise AirflowFailException(f"clusterscope {command[0]} exited with {code}, {NO_RETRY_CODES[code]}")
    reason = "retried" if code in RETRY_CODES else "retried (ended by a signal or an unknown failure)"
    raise AirflowException(f"clusterscope {command[0]} exited with {code}; {reason}")


with DAG(
    dag_id="clusterscope_nightly",
    description="clusterscope: ingest, conform, indicators, linkages and publish, every night",
    schedule="30 1 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={
        "owner": "statistics",
        "retries": RETRIES,
        "retry_delay": RETRY_DELAY,
        "retry_exponential_backoff": True,
        "email": ALERT_EMAILS,
        "email_on_failure": True,
        "email_on_retry": False,
        # Airflow sends SIGTERM at the timeout; the run ends as cancelled and is retried.
        "execution_timeout": timedelta(hours=6),
    },
    tags=["clusterscope"],
) as dag:
    PythonOperator(
        task_id="run",
        python_callable=run_clusterscope,
        op_kwargs={"command": ["run", "--config", CONFIG]},
    )
