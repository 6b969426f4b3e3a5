<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Comet API ${from} → ${to}</title>
<style>
  :root { --breaking: #b42318; --warning: #b54708; --info: #475467; --ok: #067647; --line: #eaecf0; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #101828; margin: 0; background: #f9fafb; }
  main { max-width: 1100px; margin: 0 auto; padding: 32px 24px 64px; }
  h1 { font-size: 26px; margin: 0 0 4px; }
  .sub { color: #475467; margin: 0 0 24px; }
  .cards { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 28px; }
  .card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 18px; min-width: 120px; }
  .card b { display: block; font-size: 24px; }
  .card.breaking b { color: var(--breaking); } .card.warning b { color: var(--warning); } .card.info b { color: var(--info); }
  nav a { margin-right: 14px; color: #1849a9; text-decoration: none; }
  section { margin-top: 28px; }
  h2 { font-size: 19px; border-bottom: 1px solid var(--line); padding-bottom: 6px; }
  h2 small { color: #475467; font-weight: normal; font-size: 14px; }
  table { width: 100%; table-layout: fixed; border-collapse: collapse; background: #fff; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
  th, td { text-align: left; padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top; font-size: 14px; }
  th { background: #f2f4f7; font-weight: 600; }
  td code { overflow-wrap: anywhere; }
  col.sev { width: 92px; } col.subj { width: 26%; } col.v { width: 10%; }
  code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
  .badge { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600; color: #fff; }
  .badge.breaking { background: var(--breaking); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
  .badge.accepted { background: var(--ok); }
  .v { font-size: 12px; } .v.compatible { color: var(--ok); } .v.risky { color: var(--warning); } .v.breaking { color: var(--breaking); font-weight: 600; }
  .muted { color: #475467; font-size: 13px; }
</style>
</head>
<body>
<main>
  <h1>Comet API ${from} → ${to}</h1>
  <p class="sub">Suggested SDK version bump: <strong>${suggestedBump}</strong> · ${summary.total} changes</p>
  <div class="cards">
    <div class="card breaking"><b>${summary.breaking}</b>breaking</div>
    <div class="card warning"><b>${summary.warning}</b>warnings</div>
    <div class="card info"><b>${summary.info}</b>info</div>
    <#if summary.accepted gt 0><div class="card"><b>${summary.accepted}</b>accepted breaks</div></#if>
  </div>
  <#if areas?has_content>
  <nav><#list areas as area><a href="#area-${area?index}">${area.title} (${area.changes?size})</a></#list></nav>
  <#else>
  <p>No differences.</p>
  </#if>
  <#list areas as area>
  <section id="area-${area?index}">
    <h2>${area.title} <small>${area.changes?size} changes<#if area.breaking gt 0>, ${area.breaking} breaking</#if></small></h2>
    <table>
      <colgroup><col class="sev"><col class="subj"><col><col class="v"><col class="v"><col class="v"><col class="v"></colgroup>
      <thead><tr><th>Severity</th><th>Subject</th><th>Change</th><th>Old client / new server</th><th>New client / old server</th><th>Java source</th><th>Java binary</th></tr></thead>
      <tbody>
      <#list area.changes as change>
        <tr>
          <td><#if change.accepted??><span class="badge accepted">accepted</span><#else><span class="badge ${change.severity}">${change.severity}</span></#if></td>
          <td><code>${change.subject}</code><div class="muted"><code>${change.rule}</code></div></td>
          <td>${change.description}<#if change.values?has_content><div class="muted"><code>${change.values}</code></div></#if><#if change.usageLine?has_content><div class="muted">used by ${change.usageLine}</div></#if><#if change.accepted??><div class="muted">accepted: ${change.accepted}</div></#if></td>
          <td class="v ${change.verdicts.oldClientNewServer}">${change.verdicts.oldClientNewServer}</td>
          <td class="v ${change.verdicts.newClientOldServer}">${change.verdicts.newClientOldServer}</td>
          <td class="v ${change.verdicts.javaSource}">${change.verdicts.javaSource}</td>
          <td class="v ${change.verdicts.javaBinary}">${change.verdicts.javaBinary}</td>
        </tr>
      </#list>
      </tbody>
    </table>
  </section>
  </#list>
  <#if unmatchedSuppressions?has_content>
  <section>
    <h2>Suppressions that matched nothing</h2>
    <ul><#list unmatchedSuppressions as entry><li><code>${entry.rule}</code> <code>${entry.subject}</code></li></#list></ul>
  </section>
  </#if>
</main>
</body>
</html>
