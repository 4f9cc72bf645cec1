/**
 * The web console of {@code serve}: server-rendered Chinese pages for the township's operator,
 * the village clerks and the county (报送情况, a village's page, 运行记录, 上传, 导出, 审计). It calls
 * the same code as the command line to start, rerun, stop and abandon a run.
 */
package cn.villagestats.console;
