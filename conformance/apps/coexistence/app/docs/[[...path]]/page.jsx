// A .jsx page: Next leaves it out of its route types; approute keeps it.
export default async function Docs({ params }) {
  const { path = [] } = await params;
  return <main>{path.join('/')}</main>;
}
