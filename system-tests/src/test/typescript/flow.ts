// The integrator's flow with the TypeScript (typescript-fetch) client generated from openapi/sovplan.yaml,
// run on Node.js against the real stack by GeneratedClientsTest. Settings come from the environment; every
// step prints one line, and any failure exits non-zero with the reason.
import {
    Configuration,
    PlansApi,
    ReservationsApi,
    SitesApi,
    SizingApi,
    WorkloadsApi,
    PlanRequestFromJSON,
    SizingRequestFromJSON,
    WorkloadRequestFromJSON,
} from '../clients/typescript/src';

const gateway = required('SOVPLAN_GATEWAY');
const token = required('SOVPLAN_TOKEN');
const userRegion = required('SOVPLAN_USER_REGION');
const model = required('SOVPLAN_MODEL');

function required(name: string): string {
    const value = process.env[name];
    if (!value) {
        throw new Error(name + ' is not set');
    }
    return value;
}

function check(condition: boolean, message: string): void {
    if (!condition) {
        throw new Error(message);
    }
}

async function main(): Promise<void> {
    const config = new Configuration({ basePath: gateway, accessToken: async () => token });
    const sites = new SitesApi(config);
    const workloads = new WorkloadsApi(config);
    const sizing = new SizingApi(config);
    const plans = new PlansApi(config);
    const reservations = new ReservationsApi(config);

    const page = await sites.listSites({ regionCode: 'KE', size: 100 });
    check(page.total >= 1, 'no site listed in KE');
    console.log('listSites total=' + page.total);

    const spec = {
        type: 'EDGE_INFERENCE', paramsBillion: 1, precision: 'int4', peakTokensPerSec: 50,
        userRegionCode: userRegion, maxLatencyMs: 100,
    };
    const created = await workloads.createWorkloadRaw({
        idempotencyKey: 'ts-' + Date.now(),
        workloadRequest: WorkloadRequestFromJSON({
            ...spec, name: 'TypeScript client workload ' + Date.now(), allowedAcceleratorModels: [model],
            priority: 5, regionCode: 'KE',
        }),
    });
    const workload = await created.value();
    const workloadLocation = created.raw.headers.get('Location') ?? '';
    check(workloadLocation.startsWith(gateway + '/api/v1/workloads/'), 'Location names ' + workloadLocation);
    console.log('createWorkload id=' + workload.id);

    const sized = await sizing.sizeWorkload({
        sizingRequest: SizingRequestFromJSON({ workload: spec, acceleratorModelCode: model }),
    });
    check(sized.gpus > 0, 'sizing gave no GPUs');
    console.log('sizeWorkload gpus=' + sized.gpus);

    const queued = await plans.createPlanRaw({
        idempotencyKey: 'ts-plan-' + Date.now(),
        planRequest: PlanRequestFromJSON({ workloadIds: [workload.id], horizonDate: '2027-06-30', timeLimitSeconds: 5 }),
    });
    const plan = await queued.value();
    const planLocation = queued.raw.headers.get('Location') ?? '';
    check(planLocation === gateway + '/api/v1/plans/' + plan.id, 'Location names ' + planLocation);
    console.log('createPlan id=' + plan.id);

    const stream = await plans.streamPlanEvents({ id: plan.id });
    const events = stream.split('\n').filter((line) => line.startsWith('data:'))
        .map((line) => JSON.parse(line.substring(5)));
    check(events.length > 0 && events[events.length - 1].type === 'end', 'the event stream did not end: ' + stream);
    check(events[events.length - 1].status === 'COMPLETED', 'the plan ended ' + events[events.length - 1].status);
    console.log('streamPlanEvents events=' + events.length + ' last=' + events[events.length - 1].type);

    const report = await plans.getPlanReport({ id: plan.id });
    check(report.includes(workload.name), 'the report does not name the workload');
    console.log('getPlanReport chars=' + report.length);

    const commit = await plans.commitPlan({ id: plan.id });
    check(commit.reservations.length === 1, 'expected one reservation, got ' + commit.reservations.length);
    console.log('commitPlan reservations=' + commit.reservations.length);

    for (const reservation of commit.reservations) {
        await reservations.releaseReservation({ id: reservation.reservationId });
    }
    await workloads.deleteWorkload({ id: workload.id });
    console.log('cleanup released=' + commit.reservations.length + ' deleted=' + workload.id);
    console.log('FLOW OK');
}

main().catch((error) => {
    console.error('FLOW FAILED: ' + (error && error.stack ? error.stack : error));
    process.exit(1);
});
